import type { TextContext } from './slide-text';
import type { SlidePalette } from './slide-theme';

/** What every slide is drawn with: the words and the colours. */
export interface SlideContext extends TextContext {
  palette: SlidePalette;
  /** Today, ISO: the cover says when the figures were taken. */
  today: string;
}
