import type { ChartRow, SeriesConfig } from './types';

/** A series' line (its segments share a legend key). */
export const lineOf = (s: SeriesConfig) => s.legendKey ?? s.key;

export interface LineLook {
  color: string;
  width: number;
  /** Drawn behind the others. */
  background: boolean;
  /** The unit's name is written at the end of its line. */
  endLabel: boolean;
}

/**
 * The emphasis rule (as OWID draws it): the focus unit strong and named at its line's end; a muted line
 * grey and thin until it is hovered, then in its own colour and named too; chosen lines keep their colour.
 */
export function lineLook(s: SeriesConfig, hovered: string | undefined, muted: string, widths: { normal: number; strong: number }): LineLook {
  const isHovered = hovered === lineOf(s);
  if (s.emphasis) return { color: s.color, width: widths.strong, background: false, endLabel: true };
  if (s.muted && !isHovered) return { color: muted, width: Math.max(1.5, widths.normal - 1), background: true, endLabel: false };
  return { color: s.color, width: isHovered ? widths.normal + 1 : widths.normal, background: false, endLabel: isHovered };
}

/** The last point of each line: row index and the segment key that holds it (where its end label goes). */
export function lineEnds(rows: readonly ChartRow[], series: readonly SeriesConfig[]): Map<string, { index: number; key: string }> {
  const ends = new Map<string, { index: number; key: string }>();
  rows.forEach((row, index) => {
    for (const s of series) if (typeof row[s.key] === 'number') ends.set(lineOf(s), { index, key: s.key });
  });
  return ends;
}

/** The tooltip's entries in the order the eye meets them: top of the chart first. */
export function tooltipOrder(row: ChartRow, series: readonly SeriesConfig[], reversed: boolean): SeriesConfig[] {
  const shown = series.filter((s) => typeof row[s.key] === 'number');
  const value = (s: SeriesConfig) => row[s.key] as number;
  return shown.sort((a, b) => (reversed ? value(a) - value(b) : value(b) - value(a)));
}

/** Lines drawn so that muted ones sit behind, and the focus unit in front of everything. */
export function drawingOrder(series: readonly SeriesConfig[], hovered: string | undefined): SeriesConfig[] {
  const rank = (s: SeriesConfig) => (s.emphasis ? 3 : hovered === lineOf(s) ? 2 : s.muted ? 0 : 1);
  return [...series].sort((a, b) => rank(a) - rank(b));
}
