import { IMAGE_FONT_FAMILY } from './compose-chart-svg';
import type { MeasureText } from './types';

// Letters from every subset, so that the Vietnamese and Latin files are both loaded before measuring.
const SAMPLE = 'Aa Ăă Đđ Ơơ Ưư Ầầ Ếế 0123';

/** Measures text on a canvas in the page's own font, once its regular and bold files are loaded. */
export async function canvasMeasure(): Promise<MeasureText> {
  await Promise.all([400, 700].map((weight) => document.fonts.load(`${weight} 16px "${IMAGE_FONT_FAMILY}"`, SAMPLE)));
  const context = document.createElement('canvas').getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  return (text, { size, weight }) => {
    context.font = `${weight} ${size}px "${IMAGE_FONT_FAMILY}", sans-serif`;
    return context.measureText(text).width;
  };
}
