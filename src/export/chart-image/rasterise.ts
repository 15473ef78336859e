import type { Box, ComposedImage } from './compose-chart-svg';

const STEP_MS = 20;
const MAX_WAIT_MS = 3000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function context2d(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('Canvas 2D is not available');
  return context;
}

/**
 * Waits until the image's text is painted. An SVG image loads its inlined fonts only when first painted and no
 * event says when they are ready (decode() resolves before): until then its text is invisible. So the image
 * is painted until there is ink where a bold and a regular line of text are drawn (MAX_WAIT_MS at most).
 */
async function untilTextPainted(image: HTMLImageElement, width: number, height: number, probes: readonly Box[]): Promise<void> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = context2d(canvas);
  const inked = ({ x, y, width: w, height: h }: Box) => {
    const { data } = context.getImageData(Math.floor(x), Math.floor(y), Math.max(1, Math.ceil(w)), Math.max(1, Math.ceil(h)));
    for (let i = 0; i < data.length; i += 4) if (data[i + 3]! > 0 && data[i]! + data[i + 1]! + data[i + 2]! < 3 * 160) return true;
    return false;
  };
  const deadline = performance.now() + MAX_WAIT_MS;
  for (;;) {
    context.clearRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    if (probes.every(inked) || performance.now() > deadline) return;
    await delay(STEP_MS);
  }
}

/** Draws the composed SVG onto a canvas at `scale` (2 for slides) once its text is painted, and encodes it as PNG. */
export async function svgToPng({ svg, width, height, textProbes }: ComposedImage, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    await untilTextPainted(image, width, height, textProbes);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    context2d(canvas).drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
