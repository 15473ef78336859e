/** The slide canvas is always 900 units high; its width follows the screen between 4:3 and 16:9. */
export const CANVAS_HEIGHT = 900;
const MIN_WIDTH = 1200;
const MAX_WIDTH = 1600;

export interface CanvasSize {
  width: number;
  height: number;
  /** Screen pixels per canvas unit. */
  scale: number;
}

export function canvasFor(screenWidth: number, screenHeight: number): CanvasSize {
  const aspectWidth = (CANVAS_HEIGHT * screenWidth) / Math.max(screenHeight, 1);
  const width = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, aspectWidth)));
  return { width, height: CANVAS_HEIGHT, scale: Math.min(screenWidth / width, screenHeight / CANVAS_HEIGHT) };
}
