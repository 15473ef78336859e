import type { Segment } from './label-placement';
import type { ChartRow, SeriesConfig } from './types';

export interface DrawnMarks {
  /** Each straight piece of each line, in pixels. */
  segments: Segment[];
  /** Every point drawn, in pixels. */
  points: { x: number; y: number }[];
}

type Scale = (value: unknown) => number | undefined;

/** Where a row's value of `key` is drawn, in pixels, with the value; none where the row has no number there. */
export function pointAt(row: ChartRow | undefined, key: string, xKey: string, xScale: Scale, yScale: Scale): { x: number; y: number; value: number } | undefined {
  const value = row?.[key];
  const x = row && xScale(row[xKey]);
  const y = yScale(value);
  return typeof value === 'number' && x !== undefined && y !== undefined ? { x, y, value } : undefined;
}

/** Where the lines and points of `series` are drawn, in pixels: what a label must keep clear of. */
export function drawnMarks(rows: readonly ChartRow[], xKey: string, series: readonly SeriesConfig[], xScale: Scale, yScale: Scale): DrawnMarks {
  const at = (row: ChartRow | undefined, key: string) => pointAt(row, key, xKey, xScale, yScale);
  // A series of unjoined points (another measure beside a line) draws no line between them.
  const segments = series
    .filter((s) => !s.unjoined)
    .flatMap((s) =>
      rows.slice(1).flatMap((row, i) => {
        const a = at(rows[i], s.key);
        const b = at(row, s.key);
        return a && b ? [[a.x, a.y, b.x, b.y] as const] : [];
      }),
    );
  const points = series.flatMap((s) => rows.flatMap((row) => at(row, s.key) ?? []));
  return { segments, points };
}
