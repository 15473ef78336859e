/** A value of one series in one calendar year, with the columns written beside it (a rank's denominator). */
export interface SeriesPoint {
  value: number;
  extras?: Readonly<Record<string, number | string>>;
}

/** One unit (or reference line) to split: `pointIn` gives its value in a year, or nothing (a gap). */
export interface SeriesSource {
  id: string;
  pointIn: (year: number) => SeriesPoint | undefined;
}

/** One drawn line: a series inside one comparable period. */
export interface SeriesSegment {
  key: string;
  id: string;
  segment: number;
}

export type SeriesRow = Record<string, number | string | null> & { year: number };

export interface SplitSeries {
  /** One row per calendar year; every segment's key in every row, null where it has no value. */
  rows: SeriesRow[];
  /** Segments that have at least one value, in the order of the sources. */
  segments: SeriesSegment[];
}

export const segmentKey = (id: string, segment: number) => `${id}~${segment}`;
/** Key of a column written beside a segment's value: `extraKey(key, 'of')` holds a rank's denominator. */
export const extraKey = (key: string, name: string) => `${key}:${name}`;
export const DENOMINATOR = 'of';
export const denominatorKey = (key: string) => extraKey(key, DENOMINATOR);

export function calendarYears(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** The comparable period of a year: how many breaks (first years of a new period) fall on or before it. */
export const periodOf = (breaks: readonly number[], year: number) => breaks.filter((b) => b <= year).length;

/**
 * The one rule for drawing a series over the years: one row per calendar year (a missing year stays a
 * gap, never bridged) and one key per series and period, so that no line crosses a break, even a break
 * that falls inside a gap.
 */
export function splitSeries(years: readonly number[], breaks: readonly number[], sources: readonly SeriesSource[]): SplitSeries {
  const points = sources.flatMap((source) =>
    years.flatMap((year) => {
      const point = source.pointIn(year);
      return point ? [{ key: segmentKey(source.id, periodOf(breaks, year)), id: source.id, year, point }] : [];
    }),
  );
  const segments = [...new Map(points.map((p) => [p.key, { key: p.key, id: p.id, segment: periodOf(breaks, p.year) }])).values()];
  const extraNames = new Map(segments.map((s) => [s.key, [...new Set(points.filter((p) => p.key === s.key).flatMap((p) => Object.keys(p.point.extras ?? {})))]]));
  const rows = years.map((year) => {
    const row: SeriesRow = { year };
    for (const segment of segments) {
      const point = points.find((p) => p.key === segment.key && p.year === year)?.point;
      row[segment.key] = point?.value ?? null;
      for (const name of extraNames.get(segment.key) ?? []) row[extraKey(segment.key, name)] = point?.extras?.[name] ?? null;
    }
    return row;
  });
  return { rows, segments };
}

/** A series from its dated values (a year not listed is a gap). */
export function yearValuesSource(id: string, values: readonly { year: number; value: number }[]): SeriesSource {
  const byYear = new Map(values.map((v) => [v.year, v.value]));
  return { id, pointIn: (year) => (byYear.has(year) ? { value: byYear.get(year) ?? 0 } : undefined) };
}

/** The value of a series in a row, whichever of its segments holds it. */
export function valueIn(row: SeriesRow, segments: readonly SeriesSegment[], id: string): number | undefined {
  const value = segments.filter((s) => s.id === id).map((s) => row[s.key]).find((v) => typeof v === 'number');
  return typeof value === 'number' ? value : undefined;
}

/** Every value drawn, e.g. for an axis domain. */
export function valuesOf(split: SplitSeries): number[] {
  return split.rows.flatMap((row) => split.segments.flatMap((s) => (typeof row[s.key] === 'number' ? [row[s.key] as number] : [])));
}

/** A column beside a value set to 1 where the value is derived (worked out, not published): drawn hollow. */
export const DERIVED = 'derived';
export const isDerived = (row: Readonly<Record<string, unknown>>, key: string) => Boolean(row[extraKey(key, DERIVED)]);
