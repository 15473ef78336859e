import type { TextContext } from './slide-text';
import type { SlidePalette } from './slide-theme';

/** What every slide is drawn with: the words, the colours, and the room its body has on the canvas. */
export interface SlideContext extends TextContext {
  palette: SlidePalette;
  body: { width: number; height: number };
  /** Today, ISO: the cover says when the figures were taken. */
  today: string;
}
