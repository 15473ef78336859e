import { computedRanks } from '@/domain/ranking';
import type { YearResult } from '@/domain/results';
import type { Catalog, Figure } from '@/domain/types';

/**
 * The YearResult of every unit with a row for the component, as domain/results' yearResult gives it
 * unit by unit, but ranking the year once: a bump chart asks for hundreds of unit-years.
 */
export function yearResults(figures: readonly Figure[], catalog: Catalog, index: string, year: number, component: string): Map<string, YearResult> {
  const rankKind = catalog.indices.get(index)?.rankKind ?? 'official';
  const computed = rankKind === 'computed' ? computedRanks(figures, catalog, index, component) : undefined;
  const results = new Map<string, YearResult>();
  for (const figure of figures) {
    if (figure.component !== component || results.has(figure.unit)) continue;
    const entry = computed?.get(figure.unit);
    const rank = computed
      ? entry && { rank: entry.rank, rankOf: entry.rankOf, kind: rankKind }
      : figure.rank !== undefined && figure.rankOf !== undefined
        ? { rank: figure.rank, rankOf: figure.rankOf, kind: rankKind }
        : undefined;
    results.set(figure.unit, { year, status: figure.status, score: figure.status === 'published' ? figure.score : undefined, rank, figure });
  }
  return results;
}

export const missingResult = (year: number): YearResult => ({ year, status: 'missing' });
