import { derivedField } from '@/domain/series/derived';
import { compareYears } from '@/domain/component-comparison';
import { byGapToNation, componentResults, publishedScore } from '@/domain/component-results';
import { groupMembers } from '@/domain/groups';
import { cityCodeIn, isCityCode } from '@/domain/city';
import { cityResults, mergerComparison, type CityYearResult } from '@/domain/city-results';
import { changeOnPrevious, nationalMean, nationalMeanFigure, unitResults, yearResult, type FiguresByYear, type YearResult } from '@/domain/results';
import { componentsOf, periodFor } from '@/domain/methodology';
import { seriesBreaks } from '@/domain/series/series-breaks';
import { calendarYears } from '@/domain/series/split-series';
import { sourcesOf } from '@/domain/sources';
import { TOTAL, type Catalog, type Component, type Figure, type IndexDef } from '@/domain/types';
import type { SlideSpec } from './slide-code';
import type { ComponentsSlide, DriversSlide, HeadlineSlide, RankingSlide, RankTrendSlide, TrendSlide } from './slide-types';
import { NATION } from '@/domain/codes';

export interface IndexContext {
  catalog: Catalog;
  index: IndexDef;
  byYear: FiguresByYear;
  /** The unit presented; the city's code means whichever unit was the city each year (domain/city). */
  unit: string;
  results: CityYearResult[];
}

/** What every slide about one index of one unit reads; undefined when the index is unknown. */
export function indexContext(catalog: Catalog, unit: string, code: string, byYear: FiguresByYear): IndexContext | undefined {
  const index = catalog.indices.get(code);
  if (!index) return undefined;
  const all = isCityCode(catalog, unit) ? cityResults(byYear, catalog, code, TOTAL) : unitResults(byYear, catalog, code, unit, TOTAL).map((r) => ({ ...r, unit }));
  return { catalog, index, byYear, unit, results: all.filter((r) => r.status !== 'missing') };
}

/** The unit shown for a year: the city of that year when the city is presented. */
const unitIn = (context: IndexContext, year: number) => context.results.find((r) => r.year === year)?.unit ?? cityCodeIn(context.catalog, context.index.code, year, context.unit);

/** First years of a new unit in the results (the merged city): a line never joins two units. */
const unitBreaks = (results: readonly CityYearResult[]) => results.filter((r, i) => i > 0 && results[i - 1]?.unit !== r.unit).map((r) => r.year);

/** A component of the index in the period of the year; undefined for the total or a code the period does not have. */
export function componentOf(catalog: Catalog, index: string, year: number, code: string): Component | undefined {
  const period = code === TOTAL ? undefined : periodFor(catalog, index, year);
  return period && componentsOf(catalog, period).find((c) => c.code === code);
}

/** The component whose sub-components a slide shows: undefined for the top level, null when the spec names one the year does not have. */
function parentOf(catalog: Catalog, index: string, year: number, spec: SlideSpec): Component | undefined | null {
  if (spec.component === undefined) return undefined;
  return componentOf(catalog, index, year, spec.component) ?? null;
}

export const figuresOf = (results: readonly (YearResult | undefined)[]): Figure[] => results.flatMap((r) => (r?.figure ? [r.figure] : []));
const nationFigure = (catalog: Catalog, byYear: FiguresByYear, index: string, year: number): Figure[] => {
  const figure = nationalMeanFigure(byYear.get(year) ?? [], catalog, index, TOTAL);
  return figure ? [figure] : [];
};

/** The requested year, or the latest year with a result of the unit. */
export function slideYear(context: IndexContext, spec: SlideSpec): number | undefined {
  return spec.year ?? context.results.at(-1)?.year;
}

export function headlineSlide(context: IndexContext, spec: SlideSpec): HeadlineSlide | undefined {
  const { catalog, index, byYear, results } = context;
  const year = slideYear(context, spec);
  const current = results.find((r) => r.year === year);
  if (year === undefined || !current || (current.score === undefined && !current.rank)) return undefined;
  const merger = isCityCode(catalog, context.unit) ? mergerComparison(byYear, catalog, index.code, TOTAL, year) : undefined;
  const previous = merger ? undefined : results.find((r) => r.year === year - 1);
  return {
    kind: 'headline',
    spec,
    index,
    year,
    unit: current.unit,
    score: current.score,
    rank: current.rank,
    change: merger ? undefined : changeOnPrevious(results, year, catalog, index.code),
    merger,
    mean: nationalMean(byYear.get(year) ?? [], catalog, index.code, TOTAL),
    sources: sourcesOf(catalog, [...figuresOf([current, previous, ...(merger?.before.map((b) => b.result) ?? [])]), ...nationFigure(catalog, byYear, index.code, year)]),
  };
}

export function trendSlide(context: IndexContext, spec: SlideSpec): TrendSlide | undefined {
  const { catalog, index, byYear, results } = context;
  const scored = results.filter((r) => r.score !== undefined);
  if (scored.length < 2) return undefined;
  const points = scored.map((r) => ({ year: r.year, value: r.score ?? 0 }));
  const breaks = seriesBreaks(catalog, index.code, TOTAL, calendarYears(points[0]?.year ?? 0, points.at(-1)?.year ?? 0), 'score');
  const means = scored.flatMap(({ year }) => {
    const value = nationalMean(byYear.get(year) ?? [], catalog, index.code, TOTAL);
    return value ? [{ year, value }] : [];
  });
  const mean = means.map(({ year, value }) => ({ year, value: value.value }));
  const meanComputed = means.some(({ value }) => value.kind === 'computed');
  const figures = [...figuresOf(scored), ...mean.flatMap(({ year }) => nationFigure(catalog, byYear, index.code, year))];
  return { kind: 'trend', spec, index, points, mean, meanComputed, breaks, unitChanges: unitBreaks(scored), sources: sourcesOf(catalog, figures) };
}

export function rankTrendSlide(context: IndexContext, spec: SlideSpec): RankTrendSlide | undefined {
  const ranked = context.results.filter((r) => r.rank !== undefined);
  if (ranked.length < 2) return undefined;
  const points = ranked.flatMap((r) => (r.rank ? [{ year: r.year, rank: r.rank, derived: derivedField(r.figure?.derivation, 'rank') }] : []));
  // Changes of method only: a new number of units ranked (63, then 34) shows in the denominators, the merged city as a new line.
  const breaks = seriesBreaks(context.catalog, context.index.code, TOTAL, calendarYears(points[0]?.year ?? 0, points.at(-1)?.year ?? 0), 'score');
  return { kind: 'rank', spec, index: context.index, points, breaks, unitChanges: unitBreaks(ranked), sources: sourcesOf(context.catalog, figuresOf(ranked)) };
}

/** Fewer scored members than this make a ranking slide misleading (an official index with few provinces on file). */
const MIN_RANKING_BARS = 5;

export function rankingSlide(context: IndexContext, spec: SlideSpec): RankingSlide | undefined {
  const { catalog, index, byYear } = context;
  const year = slideYear(context, spec);
  const unit = year === undefined ? undefined : unitIn(context, year);
  const group = unit === undefined ? undefined : catalog.units.get(unit)?.region;
  if (year === undefined || unit === undefined || !group) return undefined;
  const figures = byYear.get(year) ?? [];
  const members = groupMembers(catalog, group, year);
  const component = spec.component ?? TOTAL;
  const results = members.map((member) => ({ unit: member, result: yearResult(figures, catalog, index.code, year, member, component) }));
  const bars = results
    .flatMap(({ unit: member, result }) => (result.score === undefined ? [] : [{ unit: member, score: result.score, rank: result.rank }]))
    .sort((a, b) => b.score - a.score);
  if (bars.length < MIN_RANKING_BARS || !bars.some((bar) => bar.unit === unit)) return undefined;
  const ranked = componentOf(catalog, index.code, year, component);
  if (component !== TOTAL && !ranked) return undefined;
  return { kind: 'ranking', spec, index, year, unit, group, bars, members: members.length, component: ranked, sources: sourcesOf(catalog, figuresOf(results.map((r) => r.result))) };
}

/** The region or peer group a slide compares with: the one the spec names, else the unit's region; undefined when the catalogue has neither. */
function comparedGroup(catalog: Catalog, unit: string, spec: SlideSpec): string | undefined {
  if (spec.group === undefined) return catalog.units.get(unit)?.region;
  return catalog.groups.has(spec.group) || catalog.units.get(spec.group)?.level === 'region' ? spec.group : undefined;
}

export function componentsSlide(context: IndexContext, spec: SlideSpec): ComponentsSlide | undefined {
  const { catalog, index, byYear } = context;
  const year = slideYear(context, spec);
  if (year === undefined) return undefined;
  const unit = unitIn(context, year);
  const parent = parentOf(catalog, index.code, year, spec);
  const group = comparedGroup(catalog, unit, spec);
  if (parent === null || !group) return undefined;
  const rows = componentResults(catalog, index.code, byYear, unit, year, parent?.code, group).filter((row) => row.score !== undefined);
  if (rows.length < 2) return undefined;
  const figures = (byYear.get(year) ?? []).filter((f) => (f.unit === unit || f.unit === NATION || f.unit === group) && rows.some((row) => row.component.code === f.component));
  return { kind: 'components', spec, index, year, parent, group, rows: byGapToNation(rows), sources: sourcesOf(catalog, figures) };
}

/** The change, between two years, of what the components add up to: their parent, or the total. */
function wholeChange({ catalog, index, byYear }: IndexContext, unit: string, from: number, year: number, parent?: Component): number | undefined {
  if (parent) return compareYears(catalog, index.code, byYear, unit, from, year, parent.parent).rows.find((row) => row.component.code === parent.code)?.change;
  const [before, after] = [from, year].map((y) => publishedScore(byYear.get(y) ?? [], unit, TOTAL));
  return before !== undefined && after !== undefined ? Math.round((after - before) * 1e6) / 1e6 : undefined;
}

/** What moved the score from the spec's earlier year (the year before by default) to its year: never across a change of method. */
export function driversSlide(context: IndexContext, spec: SlideSpec): DriversSlide | undefined {
  const { catalog, index, byYear } = context;
  const year = slideYear(context, spec);
  const from = spec.from ?? (year === undefined ? undefined : year - 1);
  if (year === undefined || from === undefined || from >= year) return undefined;
  const unit = unitIn(context, year);
  const parent = parentOf(catalog, index.code, year, spec);
  if (parent === null) return undefined;
  const rows = compareYears(catalog, index.code, byYear, unit, from, year, parent?.code).rows.filter((row) => row.change !== undefined);
  if (rows.length < 2) return undefined;
  const codes = new Set(rows.map((row) => row.component.code));
  const figures = [from, year].flatMap((y) => (byYear.get(y) ?? []).filter((f) => f.unit === unit && codes.has(f.component)));
  return {
    kind: 'drivers',
    spec,
    index,
    from,
    year,
    parent,
    rows: [...rows].sort((a, b) => (b.change ?? 0) - (a.change ?? 0)),
    totalChange: wholeChange(context, unit, from, year, parent),
    sources: sourcesOf(catalog, figures),
  };
}
