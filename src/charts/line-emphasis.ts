import { chosenColor } from './palette';
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

/** What the reader has picked out: lines chosen (clicked in the legend) in order, and the one pointed at. */
export interface Picked {
  hovered?: string;
  chosen: readonly string[];
}

/**
 * The emphasis rule (as OWID and the FT draw it): the focus unit strong and named at its line's end; a muted
 * line grey and thin until chosen or pointed at, then in a colour of its own (the n-th chosen takes the n-th
 * colour, so no two chosen lines share one) and named too; lines that are not muted keep their colour.
 */
export function lineLook(s: SeriesConfig, picked: Picked, muted: string, widths: { normal: number; strong: number }): LineLook {
  const line = lineOf(s);
  const isHovered = picked.hovered === line;
  const order = picked.chosen.indexOf(line);
  if (s.emphasis) return { color: s.color, width: widths.strong, background: false, endLabel: true };
  if (s.muted && order === -1 && !isHovered) return { color: muted, width: Math.max(1.5, widths.normal - 1), background: true, endLabel: false };
  const color = s.muted ? chosenColor(order === -1 ? picked.chosen.length : order) : s.color;
  return { color, width: isHovered ? widths.normal + 1 : widths.normal, background: false, endLabel: isHovered || order !== -1 };
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
export function drawingOrder(series: readonly SeriesConfig[], picked: Picked): SeriesConfig[] {
  const rank = (s: SeriesConfig) => (s.emphasis ? 3 : picked.hovered === lineOf(s) || picked.chosen.includes(lineOf(s)) ? 2 : s.muted ? 0 : 1);
  return [...series].sort((a, b) => rank(a) - rank(b));
}

/** Choosing a line again unchooses it; beyond the distinct colours, the earliest choice makes way. */
export function toggleChosen(chosen: readonly string[], line: string, most: number): string[] {
  if (chosen.includes(line)) return chosen.filter((c) => c !== line);
  return [...chosen, line].slice(-most);
}
