import { dayAfter, lastAssessedYear } from '@/domain/assessments';
import { predecessorsOf } from '@/domain/lineage';
import { periodFor } from '@/domain/methodology';
import { cityResults, mergerComparison, type CityYearResult, type MergerComparison } from '@/domain/city-results';
import { changeOnPrevious, nationalMean, nationalMeanFigure, type Change, type FiguresByYear, type MeanValue, type RankValue, type YearResult } from '@/domain/results';
import { INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import type { ExportTable } from '@/domain/export/csv-writer';
import { scoreAxis } from '@/domain/series/axis';
import { seriesBreaks } from '@/domain/series/series-breaks';
import { calendarYears, splitSeries, valuesOf, yearValuesSource, type SplitSeries } from '@/domain/series/split-series';
import { sourcesOf } from '@/domain/sources';
import { TOTAL, type Catalog, type Figure, type IndexDef, type Source, type Unit } from '@/domain/types';
import { numberSources, type NumberedSources } from './trend-sources';

export interface DatedValue<T> {
  year: number;
  value: T;
}

export interface OverviewCardModel {
  index: IndexDef;
  latestYear: number;
  /** The unit that is the city in the latest year (the former city to 2024, the merged city from 2025). */
  unit: string;
  /** Latest published score; its year may be earlier than latestYear. */
  score?: DatedValue<number>;
  scoreMin: number;
  scoreMax: number;
  rank?: DatedValue<RankValue>;
  /** The change on the year before, when the city was the same unit then. */
  change?: Change;
  /** In the first year of a merged city: its result beside each predecessor's of the year before. */
  merger?: MergerComparison;
  previous?: YearResult;
  mean?: DatedValue<MeanValue>;
  trend: CardTrend;
  results: YearResult[];
  sources: Source[];
  derivations: Derivation[];
  /** Every source of the trend table, numbered, with the numbers each year cites. */
  trendSources: NumberedSources;
}

export interface CardTrend extends SplitSeries {
  domain: [number, number];
  firstYear: number;
  lastYear: number;
}

export interface Derivation {
  years: number[];
  text: string;
}

/** Each distinct derivation once, with the years it applies to ("sum of D1–D8": 2023, 2024). */
export function groupDerivations(figures: readonly Figure[]): Derivation[] {
  const byText = new Map<string, Set<number>>();
  for (const figure of figures) if (figure.derivation) byText.set(figure.derivation, (byText.get(figure.derivation) ?? new Set()).add(figure.year));
  return [...byText].map(([text, years]) => ({ text, years: [...years].sort((a, b) => a - b) }));
}

function latestWhere<T>(results: readonly YearResult[], pick: (r: YearResult) => T | undefined): DatedValue<T> | undefined {
  for (const result of [...results].reverse()) {
    const value = pick(result);
    if (value !== undefined) return { year: result.year, value };
  }
  return undefined;
}

/** The first years of a new unit of the city (2025, the merged city): a line never joins two units. */
const unitBreaks = (results: readonly CityYearResult[]) => results.filter((r, i) => i > 0 && results[i - 1]?.unit !== r.unit).map((r) => r.year);

/** The card's score over every year from the first result to the last: gaps kept, a new line at every break and unit change. */
export function cardTrend(results: readonly CityYearResult[], catalog: Catalog, index: string): CardTrend | undefined {
  const first = results[0]?.year;
  const last = results.at(-1)?.year;
  if (first === undefined || last === undefined) return undefined;
  const years = calendarYears(first, last);
  const scores = results.flatMap((r) => (r.score === undefined ? [] : [{ year: r.year, value: r.score }]));
  const breaks = [...new Set([...seriesBreaks(catalog, index, TOTAL, years, 'score'), ...unitBreaks(results)])].sort((a, b) => a - b);
  const split = splitSeries(years, breaks, [yearValuesSource('score', scores)]);
  return { ...split, domain: scoreAxis(valuesOf(split)).domain, firstYear: first, lastYear: last };
}

function usedFigures(...results: (YearResult | undefined)[]): Figure[] {
  return results.flatMap((r) => (r?.figure ? [r.figure] : []));
}

/** The card of the city (whichever unit the city was each year) for an index. */
export function buildOverviewCard(catalog: Catalog, index: IndexDef, byYear: FiguresByYear): OverviewCardModel | undefined {
  const results = cityResults(byYear, catalog, index.code, TOTAL).filter((r) => r.status !== 'missing');
  const latest = results.at(-1);
  if (!latest) return undefined;
  const score = latestWhere(results, (r) => r.score);
  const rank = latestWhere(results, (r) => r.rank);
  const meanYear = score?.year ?? latest.year;
  const meanValue = nationalMean(byYear.get(meanYear) ?? [], catalog, index.code, TOTAL);
  const previous = results.find((r) => r.year === latest.year - 1);
  const meanFigure = nationalMeanFigure(byYear.get(meanYear) ?? [], catalog, index.code, TOTAL);
  const merger = mergerComparison(byYear, catalog, index.code, TOTAL, latest.year);
  const before = merger?.before.map((b) => b.result) ?? [];
  const figures = [...new Set([...usedFigures(latest, previous, results.find((r) => r.year === score?.year), ...before), ...(meanFigure ? [meanFigure] : [])])];
  const period = periodFor(catalog, index.code, score?.year ?? latest.year);
  return {
    index,
    latestYear: latest.year,
    unit: latest.unit,
    score,
    scoreMin: period?.totalMin ?? 0,
    scoreMax: period?.totalMax ?? 100,
    rank,
    change: merger ? undefined : changeOnPrevious(results, latest.year, catalog, index.code),
    merger,
    previous: merger ? undefined : previous,
    mean: meanValue && { year: meanYear, value: meanValue },
    trend: cardTrend(results, catalog, index.code) ?? { rows: [], segments: [], domain: [0, 1], firstYear: latest.year, lastYear: latest.year },
    results,
    sources: sourcesOf(catalog, figures),
    derivations: groupDerivations(figures),
    trendSources: numberSources(catalog, results),
  };
}

/**
 * Whether the years loaded so far already give the card's headline (score, rank, change on the year
 * before, national mean) exactly as all the years would: each year's figures are read whole (a PAPI
 * rank is computed from every province of that year), so the headline is final once every year from
 * the earliest one it reads onwards is loaded. The trend and its table still need every year.
 */
export function headlineSettled(card: OverviewCardModel, loaded: FiguresByYear, years: readonly number[]): boolean {
  const from = card.score && card.rank ? Math.min(card.latestYear - 1, card.score.year, card.rank.year) : -Infinity;
  return years.every((year) => year < from || loaded.has(year));
}

export interface UnitLineage {
  successor: Unit;
  /** Every unit merged into the successor, this one first. */
  merged: Unit[];
  /** ISO date from which the successor exists: the day after the unit's last day. */
  from: string;
  lastYear: number;
}

export function unitLineage(catalog: Catalog, code: string): UnitLineage | undefined {
  const unit = catalog.units.get(code);
  const successor = unit?.successor ? catalog.units.get(unit.successor) : undefined;
  const lastYear = unit && lastAssessedYear(catalog, unit);
  if (!unit?.validTo || !successor || lastYear === undefined) return undefined;
  const others = predecessorsOf(catalog, successor.code).filter((u) => u.code !== code);
  return { successor, merged: [unit, ...others], from: dayAfter(unit.validTo), lastYear };
}

/** The card's table as shown: one row per year, numbers as numbers, the rank's denominator beside it. */
export function cardExportTable(card: OverviewCardModel, columns: { year: string; score: string; rank: string; rankOf: string; status: string }, status: (r: YearResult) => string): ExportTable {
  return {
    header: [columns.year, columns.score, columns.rank, columns.rankOf, columns.status],
    rows: card.results.map((r) => [r.year, r.score, r.rank?.rank, r.rank?.rankOf, status(r)]),
    columns: [undefined, scoreColumn(card.index.scoreUnit), INTEGER_COLUMN, INTEGER_COLUMN],
  };
}
