import { breakBetween } from './methodology';
import { computedRanks, rankableFigures } from './ranking';
import type { Catalog, Figure, FigureStatus, RankKind } from './types';
import { NATION } from './codes';

export interface RankValue {
  rank: number;
  rankOf: number;
  kind: RankKind;
}

/** A unit's result in one year; `status` is 'missing' when the year has no row for it. */
export interface YearResult {
  year: number;
  status: FigureStatus | 'missing';
  score?: number;
  rank?: RankValue;
  figure?: Figure;
}

export type FiguresByYear = ReadonlyMap<number, readonly Figure[]>;

export function yearResult(figures: readonly Figure[], catalog: Catalog, index: string, year: number, unit: string, component: string): YearResult {
  const figure = figures.find((f) => f.unit === unit && f.component === component);
  if (!figure) return { year, status: 'missing' };
  const rankKind = catalog.indices.get(index)?.rankKind ?? 'official';
  const computed = rankKind === 'computed' ? computedRanks(figures, catalog, index, component).get(unit) : undefined;
  const rank =
    rankKind === 'computed'
      ? computed && { rank: computed.rank, rankOf: computed.rankOf, kind: rankKind }
      : figure.rank !== undefined && figure.rankOf !== undefined
        ? { rank: figure.rank, rankOf: figure.rankOf, kind: rankKind }
        : undefined;
  return { year, status: figure.status, score: figure.status === 'published' ? figure.score : undefined, rank, figure };
}

/** Results of one unit for every loaded year, oldest first. */
export function unitResults(byYear: FiguresByYear, catalog: Catalog, index: string, unit: string, component: string): YearResult[] {
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .map((year) => yearResult(byYear.get(year) ?? [], catalog, index, year, unit, component));
}

export interface Change {
  fromYear: number;
  /** Places gained: positive when the rank number fell (moved up). */
  places?: number;
  points?: number;
  acrossBreak: boolean;
}

export function changeOnPrevious(results: readonly YearResult[], year: number, catalog: Catalog, index: string): Change | undefined {
  const current = results.find((r) => r.year === year);
  const previous = results.find((r) => r.year === year - 1);
  if (!current || !previous || previous.status === 'missing') return undefined;
  const places = current.rank && previous.rank ? previous.rank.rank - current.rank.rank : undefined;
  const points = current.score !== undefined && previous.score !== undefined ? round(current.score - previous.score) : undefined;
  return { fromYear: previous.year, places, points, acrossBreak: breakBetween(catalog, index, previous.year, year, 'total') };
}

const round = (value: number, digits = 6) => Math.round(value * 10 ** digits) / 10 ** digits;

export interface MeanValue {
  value: number;
  kind: 'published' | 'computed';
  /** Number of units averaged, for a computed mean. */
  count?: number;
}


/** The national mean as published (a row for VN) or, for computed-rank indices, the mean of the ranked units. */
export function nationalMean(figures: readonly Figure[], catalog: Catalog, index: string, component: string): MeanValue | undefined {
  const published = figures.find((f) => f.unit === NATION && f.component === component && f.status === 'published');
  if (published?.score !== undefined) return { value: published.score, kind: 'published' };
  if (catalog.indices.get(index)?.rankKind !== 'computed') return undefined;
  const scores = rankableFigures(figures, catalog, index, component).map((f) => f.score ?? 0);
  if (scores.length === 0) return undefined;
  return { value: round(scores.reduce((sum, s) => sum + s, 0) / scores.length), kind: 'computed', count: scores.length };
}
