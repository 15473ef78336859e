import { composeChartSvg, type ComposedImage, type Frame } from './compose-chart-svg';
import { embeddedFontCss } from './embed-font';
import { serialiseChartSvg } from './inline-chart-svg';
import { canvasMeasure } from './measure-text';
import { readFigureText, readHeatGrid, readLegend } from './read-figure';
import type { ChartBody } from './types';

function readBody(figure: Element): ChartBody {
  const chart = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (chart) return { kind: 'svg', ...serialiseChartSvg(chart) };
  const table = figure.querySelector<HTMLTableElement>('table.heatmap');
  if (table) return { kind: 'grid', grid: readHeatGrid(table) };
  throw new Error('The figure has no chart to export');
}

export interface FigureImageOptions {
  /** Notes the page shows outside the figure. */
  extraNotes?: readonly string[];
  /** The title as a message built from the data ("Cần Thơ đứng 59/61…"); the figure's own title goes under it. */
  message?: string;
  frame?: Frame;
  /** Draw this chart (a version of the figure's chart sized for slides) and say `note` under the title. */
  excerpt?: { chart: Element; note?: string };
}

/** The figure as shown (title, legend, chart, notes, source) composed into one SVG with the font inlined. */
export async function figureImage(figure: HTMLElement, { extraNotes = [], message, frame, excerpt }: FigureImageOptions = {}): Promise<ComposedImage> {
  const [fontCss, measure] = await Promise.all([embeddedFontCss(), canvasMeasure()]);
  const text = readFigureText(figure);
  const subtitles = [...(message ? [text.title] : []), ...text.subtitles, ...(excerpt?.note ? [excerpt.note] : [])];
  const content = { ...text, title: message ?? text.title, subtitles, notes: [...text.notes, ...extraNotes], legend: readLegend(figure), body: readBody(excerpt?.chart ?? figure) };
  return composeChartSvg(content, { measure, fontCss, frame });
}
