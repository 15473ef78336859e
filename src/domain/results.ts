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

/** The VN row of a year: the national mean as its publisher printed it. */
const publishedRow = (figures: readonly Figure[], component: string) =>
  figures.find((f) => f.unit === NATION && f.component === component && f.status === 'published' && f.score !== undefined);

const meanIsComputed = (catalog: Catalog, index: string) => catalog.indices.get(index)?.rankKind === 'computed';

/**
 * The national mean: one measure per index, the same in every year, for every line, cell and gap (this is the
 * one rule). PAR Index and SIPAS: the mean the Ministry published (a VN row), never computed from the few
 * provinces on file. PAPI (computed ranks): always the mean of the provinces ranked, computed here, even in the
 * years with a published mean (2018, 2019, 2021, 2022): the computed one exists in every year and for every
 * dimension, and is taken from the same provinces and unrounded scores as the computed ranks; the published one
 * differs from it by 0.01 to 0.78 points, so a line or a gap that took it in some years would step where nothing
 * changed. PAPI's published figure is `publishedNationalMean`: a second measure, shown apart, never joined.
 */
export function nationalMean(figures: readonly Figure[], catalog: Catalog, index: string, component: string): MeanValue | undefined {
  if (!meanIsComputed(catalog, index)) {
    const published = publishedRow(figures, component);
    return published?.score === undefined ? undefined : { value: published.score, kind: 'published' };
  }
  const scores = rankableFigures(figures, catalog, index, component).map((f) => f.score ?? 0);
  if (scores.length === 0) return undefined;
  return { value: round(scores.reduce((sum, s) => sum + s, 0) / scores.length), kind: 'computed', count: scores.length };
}

/** The figure `nationalMean` read (for the source line): the VN row where the mean is the published one. */
export function nationalMeanFigure(figures: readonly Figure[], catalog: Catalog, index: string, component: string): Figure | undefined {
  return meanIsComputed(catalog, index) ? undefined : publishedRow(figures, component);
}

/** A national mean published for an index whose `nationalMean` is computed (PAPI's reports): the other measure. */
export function publishedNationalMean(figures: readonly Figure[], catalog: Catalog, index: string, component: string): Figure | undefined {
  return meanIsComputed(catalog, index) ? publishedRow(figures, component) : undefined;
}
