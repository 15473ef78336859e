import { breakBetween } from '@/domain/methodology';
import { unitsExistingOn } from '@/domain/plans-evaluate';
import { TOTAL, type Catalog } from '@/domain/types';

/**
 * First years of a new comparable period inside `years` (consecutive calendar years): a methodology break
 * of the component, and for ranks also a change in the number of units ranked (63 provinces, then 34 from
 * 2025): a rank out of 63 and one out of 34 are never joined. A denominator that drops because a province
 * did not take part (59/61) is the same ranking and does not split.
 */
export function seriesBreaks(catalog: Catalog, index: string, component: string, years: readonly number[], measure: 'score' | 'rank'): number[] {
  const kind = component === TOTAL ? 'total' : 'component';
  const level = catalog.indices.get(index)?.unitLevel;
  const ranked = (year: number) => (level ? unitsExistingOn(catalog, level, `${year}-12-31`) : 0);
  return years.filter((year, i) => {
    if (i === 0) return false;
    return breakBetween(catalog, index, year - 1, year, kind) || (measure === 'rank' && ranked(year) !== ranked(year - 1));
  });
}

/**
 * Years where a rank's denominator differs from the one before it (63, then 61 when two provinces did not take
 * part): ranks out of different totals are not drawn as one line, each keeps its denominator at its point.
 */
export function denominatorBreaks(points: readonly { year: number; of: number }[]): number[] {
  const sorted = [...points].sort((a, b) => a.year - b.year);
  return sorted.filter((point, i) => i > 0 && point.of !== sorted[i - 1]?.of).map((point) => point.year);
}

/** Breaks of several kinds as one sorted list without repeats. */
export const mergeBreaks = (...lists: readonly (readonly number[])[]) => [...new Set(lists.flat())].sort((a, b) => a - b);

/** Years that share a rank's denominator, e.g. out of 63 from 2012 to 2024 (years without a rank inside count in). */
export interface DenominatorRun {
  of: number;
  from: number;
  to: number;
}

/** Ranks' denominators in the order of the years (63 to 2024, then 34 from 2025): what an axis note names. */
export function denominatorRuns(points: readonly { year: number; of: number }[]): DenominatorRun[] {
  const runs: DenominatorRun[] = [];
  for (const { year, of } of [...points].sort((a, b) => a.year - b.year || a.of - b.of)) {
    const last = runs.at(-1);
    if (last?.of === of) last.to = Math.max(last.to, year);
    else runs.push({ of, from: year, to: year });
  }
  return runs;
}
