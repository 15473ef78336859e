import { levelsAssessed } from './assessments';
import type { Catalog, Figure } from './types';
import { compareCodes } from './text';

export interface RankedEntry {
  unit: string;
  score: number;
  rank: number;
  rankOf: number;
}

// Sums of floating sub-scores can differ in the 15th digit; equal to 6 decimals counts as a tie.
const comparable = (score: number) => Math.round(score * 1e6);

/** Standard competition ranking ("1224"): higher score first, ties share the better rank. */
export function competitionRanks(entries: readonly { unit: string; score: number }[]): RankedEntry[] {
  const sorted = [...entries].sort((a, b) => comparable(b.score) - comparable(a.score) || compareCodes(a.unit, b.unit));
  let rank = 0;
  return sorted.map((entry, i) => {
    const previous = sorted[i - 1];
    if (!previous || comparable(previous.score) !== comparable(entry.score)) rank = i + 1;
    return { ...entry, rank, rankOf: sorted.length };
  });
}

/** Figures that take part in a ranking: published scores of units at a level the index ranks (one level a year: districts to 2024, communes from 2025). */
export function rankableFigures(figures: readonly Figure[], catalog: Catalog, index: string, component: string): Figure[] {
  const levels = levelsAssessed(catalog, index);
  return figures.filter((f) => {
    const level = catalog.units.get(f.unit)?.level;
    return f.component === component && f.status === 'published' && f.score !== undefined && level !== undefined && levels.includes(level);
  });
}

export function computedRanks(figures: readonly Figure[], catalog: Catalog, index: string, component: string): Map<string, RankedEntry> {
  const entries = rankableFigures(figures, catalog, index, component).map((f) => ({ unit: f.unit, score: f.score ?? 0 }));
  return new Map(competitionRanks(entries).map((entry) => [entry.unit, entry]));
}
