import { useRef, useState } from 'react';
import { exportFileName } from '@/domain/export/file-name';
import { figureImage } from '@/export/chart-image/figure-image';
import { svgToPng } from '@/export/chart-image/rasterise';
import { downloadBlob } from '@/export/download';
import { useMessages } from '@/state/use-i18n';
import { drawnNearScreensIn } from './near-screen';
import './chart-image-buttons.css';

type Status = 'working' | 'saved' | 'copied' | 'copyUnavailable' | 'failed';

const canCopyImages = () => typeof ClipboardItem !== 'undefined' && typeof navigator.clipboard?.write === 'function';

/** Slide sizes: composed at a width where the chart's type reads well, then drawn at `scale` (1920×1080, 1024×768). */
export const SLIDE_SIZES = {
  wide: { width: 1280, height: 720, scale: 1.5 },
  standard: { width: 1024, height: 768, scale: 1 },
} as const;
type SlideSize = keyof typeof SLIDE_SIZES;

interface ChartImageButtonsProps {
  nameParts: readonly (string | number | undefined)[];
  /** Notes the page shows outside the figure. */
  notes?: readonly string[];
  /** The image's title as a message built from the data ("Cần Thơ đứng 59/61 …"). */
  message?: string;
  /**
   * The figure also draws its chart sized for slides, in an element with class `chart-excerpt` after the chart
   * shown (a long ranking cut to what a slide can show): the PNGs draw that one, with `note` under the title;
   * the SVG keeps the chart shown whole, at its own size.
   */
  excerpt?: { note?: string };
}

/**
 * PNG in slide sizes (16:9 and 4:3, the chart filling the frame), SVG (16:9) and clipboard copies of the chart in the
 * surrounding <figure>, drawn with its title (or `message`), legend, notes and source line. Place it inside the figure.
 */
export function ChartImageButtons({ nameParts, notes, message, excerpt }: ChartImageButtonsProps) {
  const t = useMessages().chartImage;
  const group = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState<Status>();
  const figureOf = () => {
    const figure = group.current?.closest('figure');
    if (!figure) throw new Error('ChartImageButtons must be inside a <figure>');
    return figure;
  };
  /** The figure, its charts drawn: one drawn only near the screen may not be yet. */
  const drawnFigure = async () => {
    const figure = figureOf();
    await drawnNearScreensIn(figure);
    return figure;
  };
  const image = async (size: SlideSize) => {
    const figure = await drawnFigure();
    const chart = excerpt && figure.querySelector('.chart-excerpt');
    const frame = { ...SLIDE_SIZES[size], moreNotes: t.moreNotes };
    return figureImage(figure, { extraNotes: notes, message, frame, excerpt: chart ? { chart, note: excerpt.note } : undefined });
  };
  const svgImage = async () => (excerpt ? figureImage(await drawnFigure(), { extraNotes: notes, message }) : image('wide'));
  const fileName = (extension: string, size?: string) => exportFileName([...nameParts, t.fileSuffix, size], new Date(), extension);
  const run = async (task: () => Promise<Status>) => {
    setStatus('working');
    try {
      setStatus(await task());
    } catch (error) {
      console.warn('Chart image export failed', error);
      setStatus('failed');
    }
  };
  const png = async (size: SlideSize) => svgToPng(await image(size), SLIDE_SIZES[size].scale);
  const savePng = (size: SlideSize) =>
    run(async () => {
      downloadBlob(fileName('png', size === 'wide' ? '16x9' : '4x3'), await png(size));
      return 'saved';
    });
  const saveSvg = () =>
    run(async () => {
      downloadBlob(fileName('svg'), new Blob([(await svgImage()).svg], { type: 'image/svg+xml;charset=utf-8' }));
      return 'saved';
    });
  const copy = () =>
    run(async () => {
      if (!canCopyImages()) return 'copyUnavailable';
      try {
        // The item takes the promise itself, so the browser still counts the write as part of the click.
        await navigator.clipboard.write([new ClipboardItem({ 'image/png': png('wide') })]);
        return 'copied';
      } catch (error) {
        if (error instanceof DOMException && error.name === 'NotAllowedError') return 'copyUnavailable';
        throw error;
      }
    });
  return (
    <div className="chart-image-buttons" role="group" aria-label={t.group} ref={group}>
      <button type="button" className="button" onClick={() => savePng('wide')} disabled={status === 'working'}>
        {t.pngWide}
      </button>
      <button type="button" className="button" onClick={() => savePng('standard')} disabled={status === 'working'}>
        {t.pngStandard}
      </button>
      <button type="button" className="button" onClick={saveSvg} disabled={status === 'working'}>
        {excerpt ? t.svgWhole : t.svg}
      </button>
      <button type="button" className="button" onClick={copy} disabled={status === 'working'}>
        {t.copy}
      </button>
      <p className="chart-image-status" role="status">
        {status && t[status]}
      </p>
    </div>
  );
}
