import { composeChartSvg, type ComposedImage } from './compose-chart-svg';
import { embeddedFontCss } from './embed-font';
import { serialiseChartSvg } from './inline-chart-svg';
import { canvasMeasure } from './measure-text';
import { readFigureText, readHeatGrid, readLegend } from './read-figure';
import type { ChartBody } from './types';

function readBody(figure: HTMLElement): ChartBody {
  const chart = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (chart) return { kind: 'svg', ...serialiseChartSvg(chart) };
  const table = figure.querySelector<HTMLTableElement>('table.heatmap');
  if (table) return { kind: 'grid', grid: readHeatGrid(table) };
  throw new Error('The figure has no chart to export');
}

/**
 * The figure as shown (title, legend, chart, notes, source) composed into one SVG with the font inlined;
 * `extraNotes` are notes the page shows outside the figure.
 */
export async function figureImage(figure: HTMLElement, extraNotes: readonly string[] = []): Promise<ComposedImage> {
  const [fontCss, measure] = await Promise.all([embeddedFontCss(), canvasMeasure()]);
  const text = readFigureText(figure);
  return composeChartSvg({ ...text, notes: [...text.notes, ...extraNotes], legend: readLegend(figure), body: readBody(figure) }, { measure, fontCss });
}
