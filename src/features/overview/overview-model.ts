import { lastAssessedYear, predecessorsOf } from '@/domain/lineage';
import { breakBetween, periodFor } from '@/domain/methodology';
import { changeOnPrevious, nationalMean, unitResults, type Change, type FiguresByYear, type MeanValue, type RankValue, type YearResult } from '@/domain/results';
import { INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import type { ExportTable } from '@/domain/export/csv-writer';
import { sourcesOf } from '@/domain/sources';
import { TOTAL, type Catalog, type Figure, type IndexDef, type Source, type Unit } from '@/domain/types';
import { NATION } from '@/domain/codes';

export interface DatedValue<T> {
  year: number;
  value: T;
}

export interface TrendRow {
  year: number;
  [segment: string]: number | null;
}

export interface OverviewCardModel {
  index: IndexDef;
  latestYear: number;
  /** Latest published score; its year may be earlier than latestYear. */
  score?: DatedValue<number>;
  scoreMin: number;
  scoreMax: number;
  rank?: DatedValue<RankValue>;
  change?: Change;
  previous?: YearResult;
  mean?: DatedValue<MeanValue>;
  trend: { rows: TrendRow[]; segments: string[]; firstYear: number; lastYear: number };
  results: YearResult[];
  sources: Source[];
  derivations: Derivation[];
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

/**
 * One row per calendar year from the first to the last result, so that a year without a score
 * leaves a gap; a new segment (line) starts wherever the total is not comparable with the year before.
 */
export function trendRows(results: readonly YearResult[], catalog: Catalog, index: string) {
  const first = results[0]?.year;
  const last = results.at(-1)?.year;
  if (first === undefined || last === undefined) return { rows: [], segments: [] };
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const segmentOf = years.map((year) => years.filter((y) => y > first && y <= year && breakBetween(catalog, index, y - 1, y, 'total')).length);
  const segments = [...new Set(segmentOf)].map((n) => `s${n}`);
  const rows = years.map((year, i) => {
    const score = results.find((r) => r.year === year)?.score ?? null;
    const row: TrendRow = { year };
    for (const key of segments) row[key] = key === `s${segmentOf[i]}` ? score : null;
    return row;
  });
  return { rows, segments };
}

function usedFigures(...results: (YearResult | undefined)[]): Figure[] {
  return results.flatMap((r) => (r?.figure ? [r.figure] : []));
}

export function buildOverviewCard(catalog: Catalog, index: IndexDef, byYear: FiguresByYear, unit: string): OverviewCardModel | undefined {
  const results = unitResults(byYear, catalog, index.code, unit, TOTAL).filter((r) => r.status !== 'missing');
  const latest = results.at(-1);
  if (!latest) return undefined;
  const score = latestWhere(results, (r) => r.score);
  const rank = latestWhere(results, (r) => r.rank);
  const meanYear = score?.year ?? latest.year;
  const meanValue = nationalMean(byYear.get(meanYear) ?? [], catalog, index.code, TOTAL);
  const previous = results.find((r) => r.year === latest.year - 1);
  const meanFigure = (byYear.get(meanYear) ?? []).find((f) => f.unit === NATION && f.component === TOTAL);
  const figures = [...new Set([...usedFigures(latest, previous, results.find((r) => r.year === score?.year)), ...(meanFigure ? [meanFigure] : [])])];
  const { rows, segments } = trendRows(results, catalog, index.code);
  const period = periodFor(catalog, index.code, score?.year ?? latest.year);
  return {
    index,
    latestYear: latest.year,
    score,
    scoreMin: period?.totalMin ?? 0,
    scoreMax: period?.totalMax ?? 100,
    rank,
    change: changeOnPrevious(results, latest.year, catalog, index.code),
    previous,
    mean: meanValue && { year: meanYear, value: meanValue },
    trend: { rows, segments, firstYear: results[0]?.year ?? latest.year, lastYear: latest.year },
    results,
    sources: sourcesOf(catalog, figures),
    derivations: groupDerivations(figures),
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

function dayAfter(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export function unitLineage(catalog: Catalog, code: string): UnitLineage | undefined {
  const unit = catalog.units.get(code);
  const successor = unit?.successor ? catalog.units.get(unit.successor) : undefined;
  const lastYear = unit && lastAssessedYear(unit);
  if (!unit?.validTo || !successor || lastYear === undefined) return undefined;
  const others = predecessorsOf(catalog, successor.code).filter((u) => u.code !== code);
  return { successor, merged: [unit, ...others], from: dayAfter(unit.validTo), lastYear };
}

/** Y range of a trend with a little room above and below; PAPI totals across the 2018 break still fit. */
export function trendDomain(rows: readonly TrendRow[]): [number, number] {
  const values = rows.flatMap((row) => Object.entries(row).flatMap(([key, v]) => (key !== 'year' && typeof v === 'number' ? [v] : [])));
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * 0.15, 0.5);
  return [Math.floor(min - pad), Math.ceil(max + pad)];
}

/** The card's table as shown: one row per year, numbers as numbers, the rank's denominator beside it. */
export function cardExportTable(card: OverviewCardModel, columns: { year: string; score: string; rank: string; rankOf: string; status: string }, status: (r: YearResult) => string): ExportTable {
  return {
    header: [columns.year, columns.score, columns.rank, columns.rankOf, columns.status],
    rows: card.results.map((r) => [r.year, r.score, r.rank?.rank, r.rank?.rankOf, status(r)]),
    columns: [undefined, scoreColumn(card.index.scoreUnit), INTEGER_COLUMN, INTEGER_COLUMN],
  };
}
