import { lineOf, type lineEnds, type LineLook } from './line-emphasis';
import type { EndLabel } from './line-labels';
import type { ChartRow, PointFormatter, SeriesConfig } from './types';

export type EndTexts = ReadonlyMap<string, { text: string; row: ChartRow; value: number }>;

/** Each line's name at its end, with its last value when the chart writes it ("Cần Thơ 22/63"). */
export function endTexts(rows: readonly ChartRow[], series: readonly SeriesConfig[], ends: ReturnType<typeof lineEnds>, format?: PointFormatter): EndTexts {
  const texts = new Map<string, { text: string; row: ChartRow; value: number }>();
  for (const s of series) {
    const end = ends.get(lineOf(s));
    const row = end && end.key === s.key ? rows[end.index] : undefined;
    const value = row?.[s.key];
    if (row && typeof value === 'number') texts.set(s.key, { text: format ? `${s.label} ${format(value, s.key, row)}` : s.label, row, value });
  }
  return texts;
}

/** Room right of the plot for the names that can be written there: the focus unit's, and the muted lines' when chosen. */
export const endLabelRoom = (series: readonly SeriesConfig[], texts: EndTexts, fontSize: number) =>
  Math.ceil(Math.max(0, ...series.filter((s) => s.emphasis || s.muted).map((s) => (texts.get(s.key)?.text ?? s.label).length)) * fontSize * 0.62) + 14;

/** The names written at line ends: the focus unit's, and those of lines chosen or pointed at. */
export function endLabelsOf(xKey: string, series: readonly SeriesConfig[], texts: EndTexts, look: (s: SeriesConfig) => LineLook): EndLabel[] {
  return series.flatMap((s) => {
    const end = texts.get(s.key);
    const { color, endLabel } = look(s);
    return endLabel && end ? [{ key: lineOf(s), text: end.text, color, strong: Boolean(s.emphasis), year: end.row[xKey], value: end.value }] : [];
  });
}
