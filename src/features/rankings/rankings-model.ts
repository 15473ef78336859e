import { groupMembers } from '@/domain/groups';
import { lastAssessedYear, yearsAtLevel } from '@/domain/assessments';
import { breakBetween, periodFor } from '@/domain/methodology';
import type { QuartileCutoffs } from '@/domain/quartile-bands';
import { CENTRAL_CITIES, MEKONG_DELTA, NATION } from '@/domain/codes';
import { nationalMean, nationalMeanFigure, publishedNationalMean, type FiguresByYear, type MeanValue } from '@/domain/results';
import { sourcesById, sourcesOf } from '@/domain/sources';
import { distinguishingDigits } from '@/domain/near-ties';
import { TOTAL, type Aggregate, type Catalog, type Component, type Figure, type IndexDef, type Source, type Unit } from '@/domain/types';
import type { Lang } from '@/i18n/format';
import type { BumpSet, Level } from '@/state/view-state';
import { buildBump, type BumpModel } from './bump-model';
import { groupPositions, type GroupPositionModel } from './group-positions';
import { rankingRows, scaleChanged, type RankingRow } from './ranking-rows';
import { neighbourCodes } from './neighbours';
import { DEFAULT_SORT, parseSort, sortRows, type SortSpec } from './ranking-sort';
import { componentChoices, focusUnit, indicesAtLevel, resolveComponent, unitsAssessedIn, yearsWithData, type ComponentChoice } from './rankings-selection';
import { missingYears } from './rankings-ranges';
import { dotAxis, type Axis } from '@/domain/series/axis';
import { selectYear } from '@/state/selection';
import { compareCodes } from '@/domain/text';


export interface RankingsSelection {
  level: Level;
  year?: number;
  component: string;
  units: readonly string[];
  sort?: string;
  lang: Lang;
}

/** What can be shown: nothing loaded for the index, nothing for the component that year, or results. */
export type Availability = 'no-files' | 'no-figures' | 'ranks-only' | 'scores';

export interface Bar {
  unit: Unit;
  score: number;
  highlight: boolean;
  band?: RankingRow['band'];
}

export interface RankingsModel {
  level: Level;
  index: IndexDef;
  indices: IndexDef[];
  years: number[];
  year?: number;
  components: ComponentChoice[];
  component: ComponentChoice;
  availability: Availability;
  rows: RankingRow[];
  sort: SortSpec;
  bars: Bar[];
  /** The value axis of the ranking's dot plot, fitted to the scores and the mean. */
  axis: Axis;
  scale?: { min: number; max: number };
  /** Units of the level that existed in the year, and how many of them have a score / a rank. */
  counts: { expected: number; scored: number; ranked: number };
  /** Units of the level with no row at all for the component that year. */
  missing: Unit[];
  /** Years from the first year of the index to its last possible year that have no file. */
  missingYears: number[];
  /** Districts: the last year a district can have a result (2024). */
  seriesEnd?: number;
  mean?: MeanValue;
  /** A national mean published beside the computed `mean` (PAPI in some years): another measure, given as a note only. */
  publishedMean?: Figure;
  cutoffs?: QuartileCutoffs;
  focus?: Unit;
  /** The focus unit and its neighbours by rank (what a phone shows first); undefined when all rows fit. */
  neighbours?: string[];
  positions: GroupPositionModel[];
  /** Units of the level in the year, for the picker, and the codes of its quick picks. */
  levelUnits: Unit[];
  quickPicks: { mekong: string[]; cities: string[] };
  previousYearLoaded: boolean;
  /** The year is the first in which the index ranks units of the level (communes in 2025): there is no earlier year to compare with. */
  firstYearOfLevel: boolean;
  /** The methodology changed since the previous year; 'scale' when the total's scale changed too. */
  changeBreak: 'none' | 'method' | 'scale';
  sources: Source[];
  derivations: { text: string; units: Unit[] }[];
  /** Units whose score needs more than two decimals to show why it ranks apart from one that prints alike. */
  scoreDigits: ReadonlyMap<string, number>;
  /** Published counts of the year's units (aggregates.csv), such as provinces above 80%. */
  yearCounts: Aggregate[];
  yearCountSources: Source[];
}

function availabilityOf(hasFiles: boolean, rows: readonly RankingRow[]): Availability {
  if (!hasFiles) return 'no-files';
  if (rows.some((r) => r.score !== undefined)) return 'scores';
  if (rows.some((r) => r.rank !== undefined)) return 'ranks-only';
  return 'no-figures';
}

function derivationsOf(rows: readonly RankingRow[]): RankingsModel['derivations'] {
  const byText = new Map<string, Unit[]>();
  for (const row of rows) for (const f of row.figures) if (f.derivation) byText.set(f.derivation, [...(byText.get(f.derivation) ?? []), row.unit]);
  return [...byText].map(([text, units]) => ({ text, units }));
}

function seriesEndOf(catalog: Catalog, level: Level, year: number | undefined): number | undefined {
  if (level !== 'district' || year === undefined) return undefined;
  const ends = unitsAssessedIn(catalog, level, year).flatMap((u) => lastAssessedYear(catalog, u) ?? []);
  return ends.length > 0 ? Math.max(...ends) : undefined;
}

/** Catalogue + one index's figures + the selection → everything the rankings view shows. Pure. */
export function buildRankingsModel(catalog: Catalog, index: IndexDef, byYear: FiguresByYear, selection: RankingsSelection): RankingsModel {
  const years = yearsWithData(byYear, catalog, index.code, selection.level);
  const year = selectYear(years, selection.year, 'latest');
  const components = componentChoices(catalog, index.code, year);
  const component = resolveComponent(components, selection.component);
  const figures: readonly Figure[] = year === undefined ? [] : (byYear.get(year) ?? []);
  const previous = year === undefined ? undefined : byYear.get(year - 1);
  const { rows, cutoffs } = year === undefined ? { rows: [] } : rankingRows({ catalog, index, level: selection.level, year, component: component.code, figures, previous });
  const sort = parseSort(selection.sort);
  const bars = rows
    .flatMap((r) => (r.score !== undefined ? [{ unit: r.unit, score: r.score, highlight: r.highlight, band: r.band }] : []))
    .sort((a, b) => b.score - a.score || compareCodes(a.unit.code, b.unit.code));
  const expected = year === undefined ? [] : unitsAssessedIn(catalog, selection.level, year);
  const withRow = new Set(rows.map((r) => r.unit.code));
  const meanFigure = nationalMeanFigure(figures, catalog, index.code, component.code);
  const publishedMean = publishedNationalMean(figures, catalog, index.code, component.code);
  const focus = focusUnit(catalog, selection.level, selection.units, index.code, year);
  const period = year === undefined ? undefined : periodFor(catalog, index.code, year);
  const seriesEnd = seriesEndOf(catalog, selection.level, year);
  const mean = year === undefined ? undefined : nationalMean(figures, catalog, index.code, component.code);
  const yearCounts = component.code === TOTAL ? catalog.aggregates.filter((a) => a.index === index.code && a.year === year && a.unit === NATION && a.valueUnit === 'count') : [];
  const scale = component.code === TOTAL ? period && { min: period.totalMin, max: period.totalMax } : componentScale(component.component);
  return {
    level: selection.level,
    index,
    indices: indicesAtLevel(catalog, selection.level),
    years,
    year,
    components,
    component,
    availability: availabilityOf(years.length > 0, rows),
    rows: sortRows(rows, sort, selection.lang),
    sort,
    bars,
    axis: dotAxis([...bars.map((b) => b.score), ...(mean ? [mean.value] : [])], index.scoreUnit === 'percent' ? [0, 100] : scale && [scale.min, scale.max]),
    scale,
    counts: { expected: expected.length, scored: bars.length, ranked: rows.filter((r) => r.rank).length },
    missing: expected.filter((u) => !withRow.has(u.code)),
    missingYears: missingYears(yearsAtLevel(catalog, index.code, selection.level)?.from ?? index.firstYear, seriesEnd ?? years[0], years),
    seriesEnd,
    mean,
    publishedMean,
    cutoffs,
    focus,
    neighbours: neighboursOf(rows, focus, selection.lang),
    positions: focus && year !== undefined ? groupPositions(catalog, index, figures, component.code, focus, year) : [],
    levelUnits: expected,
    quickPicks: year === undefined ? { mekong: [], cities: [] } : { mekong: groupMembers(catalog, MEKONG_DELTA, year), cities: groupMembers(catalog, CENTRAL_CITIES, year) },
    previousYearLoaded: previous !== undefined,
    firstYearOfLevel: year !== undefined && year === yearsAtLevel(catalog, index.code, selection.level)?.from,
    changeBreak: changeBreakOf(catalog, index.code, year, component.code, previous !== undefined),
    sources: sourcesOf(catalog, [...rows.flatMap((r) => r.figures), ...[meanFigure, publishedMean].flatMap((f) => (f ? [f] : []))]),
    derivations: derivationsOf(rows),
    scoreDigits: distinguishingDigits(rows.map((r) => ({ unit: r.unit.code, score: r.score, rank: r.rank?.rank }))),
    yearCounts,
    yearCountSources: sourcesById(catalog, yearCounts.flatMap((a) => a.sources)),
  };
}

function neighboursOf(rows: readonly RankingRow[], focus: Unit | undefined, lang: Lang): string[] | undefined {
  const placed = sortRows(rows, DEFAULT_SORT, lang).filter((r) => r.rank !== undefined || r.score !== undefined);
  return neighbourCodes(placed.map((r) => r.unit.code), focus?.code);
}

function changeBreakOf(catalog: Catalog, index: string, year: number | undefined, component: string, hasPrevious: boolean): RankingsModel['changeBreak'] {
  if (year === undefined || !hasPrevious || !breakBetween(catalog, index, year - 1, year, component === TOTAL ? 'total' : 'component')) return 'none';
  return component === TOTAL && scaleChanged(catalog, index, year - 1, year) ? 'scale' : 'method';
}

function componentScale(component: Component | undefined): { min: number; max: number } | undefined {
  return component?.maxPoints !== undefined ? { min: 0, max: component.maxPoints } : undefined;
}

/**
 * The model's ranks over the years (the bump chart), apart from the model: drawn below the table after it, they need not
 * hold up its first render. Communes have results from 2025 only: ranks over the years are drawn for provinces and
 * districts.
 */
export function rankingsBump(catalog: Catalog, byYear: FiguresByYear, model: RankingsModel, { set, selected }: { set: BumpSet; selected: readonly string[] }): BumpModel | undefined {
  const { index, year, level, component, focus } = model;
  return year === undefined || level === 'commune' ? undefined : buildBump({ catalog, index, byYear, component: component.code, year, set, selected, focus });
}
