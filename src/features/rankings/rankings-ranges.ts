import type { ScoreUnit } from '@/domain/types';

/**
 * The score axis of the bar chart: a percentage runs 0–100; a points scale starts at its own minimum
 * (PAPI totals cannot fall below 8) and ends a little above the best score, so differences stay visible.
 */
export function scoreDomain(scores: readonly number[], unit: ScoreUnit, scale: { min: number; max: number } | undefined, mean?: number): [number, number] {
  if (unit === 'percent') return [0, 100];
  const values = [...scores, ...(mean !== undefined ? [mean] : [])];
  const min = scale?.min ?? 0;
  if (values.length === 0) return [min, scale?.max ?? 1];
  const top = Math.max(...values);
  const step = top > 20 ? 5 : top > 5 ? 1 : 0.5;
  const max = Math.ceil((top * 1.02) / step) * step;
  return [min, scale ? Math.min(max, scale.max) : max];
}

/** Years from the first year of an index up to `last` that have no data file. */
export function missingYears(first: number, last: number | undefined, loaded: readonly number[]): number[] {
  if (last === undefined || last < first) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !loaded.includes(y));
}

/** [2012, 2013, 2014, 2016] → [[2012, 2014], [2016, 2016]]: runs of consecutive years, for "2012–2014, 2016". */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}
