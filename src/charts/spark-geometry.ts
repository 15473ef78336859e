import { yearTicks } from '@/domain/series/axis';
import type { SeriesRow } from '@/domain/series/split-series';

/** Height of the year labels under the plot, as Recharts' x axis takes it. */
export const SPARK_AXIS_HEIGHT = 30;
/** Width of a year's label per pixel of font size (four digits), and the least gap between two labels. */
const YEAR_LABEL_EMS = 2.4;
const LABEL_GAP = 6;

export interface SparkPoint {
  x: number;
  y: number;
  key: string;
  row: SeriesRow;
}

export interface SparkGeometry {
  /** One SVG path per run of consecutive years with a value in one segment: a gap or a new segment starts a new one. */
  lines: string[];
  points: SparkPoint[];
  ticks: { x: number; year: number }[];
  /** The x of each row, in the rows' order (for pointing at the nearest year). */
  xs: number[];
  plot: { top: number; bottom: number };
}

export interface SparkLayout {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  fontSize: number;
  /** Most year labels under the plot, fewer where they would overlap. */
  xTicks: number;
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * The overview's sparkline as SVG geometry: the rows' years spread over the width, values over the height within
 * `domain` (higher up), nothing bridged across a gap or between two segments (comparable periods).
 */
export function sparkGeometry(rows: readonly SeriesRow[], keys: readonly string[], domain: [number, number], layout: SparkLayout): SparkGeometry {
  const { width, height, margin, fontSize } = layout;
  const years = rows.map((row) => row.year);
  const [first = 0, last = first] = [years[0], years.at(-1)];
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom - SPARK_AXIS_HEIGHT;
  const xOf = (year: number) => (last === first ? (left + right) / 2 : left + ((year - first) / (last - first)) * (right - left));
  const [low, high] = domain;
  const yOf = (value: number) => (high === low ? (top + bottom) / 2 : bottom - ((value - low) / (high - low)) * (bottom - top));

  const lines: string[] = [];
  const points: SparkPoint[] = [];
  for (const key of keys) {
    let run: string[] = [];
    const endRun = () => {
      if (run.length > 1) lines.push(`M${run.join('L')}`);
      run = [];
    };
    for (const row of rows) {
      const value = row[key];
      if (typeof value !== 'number') {
        endRun();
        continue;
      }
      const point = { x: round(xOf(row.year)), y: round(yOf(value)), key, row };
      points.push(point);
      run.push(`${point.x},${point.y}`);
    }
    endRun();
  }

  const candidates = yearTicks(years, layout.xTicks);
  const spacing = candidates.length > 1 ? xOf(candidates[1] ?? 0) - xOf(candidates[0] ?? 0) : Infinity;
  const every = Math.max(1, Math.ceil((YEAR_LABEL_EMS * fontSize + LABEL_GAP) / spacing));
  const ticks = candidates.filter((_, i) => i % every === 0).map((year) => ({ x: round(xOf(year)), year }));
  return { lines, points, ticks, xs: years.map((year) => round(xOf(year))), plot: { top, bottom } };
}

/** The index of the row whose x is nearest to `x`. */
export function nearestIndex(xs: readonly number[], x: number): number {
  let best = 0;
  xs.forEach((at, i) => {
    if (Math.abs(at - x) < Math.abs((xs[best] ?? Infinity) - x)) best = i;
  });
  return best;
}
