import type { ChartRow, SeriesConfig } from '@/charts/types';
import { PALETTE_SIZE, REFERENCE_COLORS, unitColor } from '@/charts/palette';
import { groupMembers } from '@/domain/groups';
import { lastAssessedYear } from '@/domain/assessments';
import { yearResult, type FiguresByYear } from '@/domain/results';
import { rankAxis, scoreAxis } from '@/domain/series/axis';
import { denominatorBreaks, denominatorRuns, mergeBreaks, seriesBreaks, type DenominatorRun } from '@/domain/series/series-breaks';
import { calendarYears, DENOMINATOR, splitSeries, valuesOf, type SeriesSource } from '@/domain/series/split-series';
import { sourcesOf } from '@/domain/sources';
import { TOTAL, type Catalog, type Figure, type IndexDef, type Source, type Unit } from '@/domain/types';
import type { Measure, Reference } from '@/state/view-state';
import { isCityCode } from '@/domain/city';
import { MEKONG_DELTA } from '@/domain/codes';
import { cityUnits } from './city-units';
import { PUBLISHED_NATIONAL, referenceLines, referencePoint, type ReferenceLine } from './reference-lines';

/** Column beside a reference value naming the unit it comes from (the best province). */
export const UNIT_NAME = 'unit';

export interface TrendSelection {
  units: readonly string[];
  measure: Measure;
  component: string;
  from?: number;
  to?: number;
  refs: readonly Reference[];
}

export type TrendSeries = SeriesConfig & { unit?: string; reference?: ReferenceLine; computed: boolean };

/**
 * A reference line's name, saying which measure it is: `computed` for a mean of the provinces the app worked out,
 * `short` for the tooltip (which says once that means are computed).
 */
export type ReferenceLabeller = (line: ReferenceLine, computed: boolean, short: boolean) => string;

export interface TrendsModel {
  index: IndexDef;
  bounds: { min: number; max: number };
  range: { from: number; to: number };
  rows: ChartRow[];
  series: TrendSeries[];
  yDomain: [number, number];
  /** Round ticks: 1, 10, 20… on a rank axis. */
  yTicks: number[];
  /** Years where a new methodology period starts that breaks this component. */
  breaks: number[];
  /** First years of the merged city in the range: its predecessors' lines end the year before. */
  mergers: number[];
  /** Ranks: the denominators of the ranks drawn, in the order of the years (63 to 2024, 34 from 2025). */
  denominators: DenominatorRun[];
  /** Years with a national mean as published beside the computed one (PAPI): drawn as points of their own. */
  publishedMeanYears: number[];
  /** Years in the range where the Mekong Delta reference is of members inferred, not published (from 2025). */
  inferredRegionYears: number[];
  /** Selected units with no figure at all in the range. */
  unitsWithoutData: Unit[];
  /** Selected units that ceased to exist, with the last year they could be assessed. */
  endedUnits: { unit: Unit; lastYear: number }[];
  sources: Source[];
  /** The figures drawn, for the full-data export. */
  figures: Figure[];
}

type Labeller = (unit: Unit) => string;

interface Point {
  value: number;
  denominator?: number;
  unit?: string;
}

function unitPoint(figures: readonly Figure[], catalog: Catalog, index: string, year: number, unit: string, selection: TrendSelection): Point | undefined {
  const result = yearResult(figures, catalog, index, year, unit, selection.component);
  if (selection.measure === 'rank') return result.rank && { value: result.rank.rank, denominator: result.rank.rankOf };
  return result.score === undefined ? undefined : { value: result.score };
}

/** The largest possible score of the component in any period of the index. */
function scaleMaximum(catalog: Catalog, index: IndexDef, component: string): number {
  const maxima =
    component === TOTAL
      ? catalog.periods.filter((p) => p.index === index.code).map((p) => p.totalMax)
      : catalog.components.filter((c) => c.index === index.code && c.code === component).flatMap((c) => c.maxPoints ?? []);
  return maxima.length > 0 ? Math.max(...maxima) : 100;
}

/** A chosen year range kept within the years loaded (either end may be unset: the first or last year). */
export function yearRange({ min, max }: { min: number; max: number }, from: number | undefined, to: number | undefined) {
  const first = Math.min(Math.max(from ?? min, min), max);
  return { from: first, to: Math.max(Math.min(to ?? max, max), first) };
}

/** Up to this many units besides Cần Thơ each get a colour; more (a whole region) are muted until chosen. */
const COLOURED_PEERS = 4;

export function buildTrendsModel(catalog: Catalog, index: IndexDef, byYear: FiguresByYear, selection: TrendSelection, label: Labeller, referenceLabel: ReferenceLabeller): TrendsModel | undefined {
  const loaded = [...byYear.keys()].sort((a, b) => a - b);
  const min = loaded[0];
  const max = loaded.at(-1);
  if (min === undefined || max === undefined) return undefined;
  const { from, to } = yearRange({ min, max }, selection.from, selection.to);
  const years = calendarYears(from, to);
  const breaks = seriesBreaks(catalog, index.code, selection.component, years, selection.measure);
  const references = selection.measure === 'score' ? referenceLines(selection.refs, index) : [];
  const figuresIn = (year: number) => byYear.get(year) ?? [];
  const has = (unit: string, year: number) => unitPoint(figuresIn(year), catalog, index.code, year, unit, selection) !== undefined;
  const { codes, mergers } = cityUnits(catalog, index.code, selection.units, years, has);
  const units = codes.flatMap((code) => catalog.units.get(code) ?? []);
  const unitPoints = new Map(units.map((unit) => [unit.code, new Map(years.map((year) => [year, unitPoint(figuresIn(year), catalog, index.code, year, unit.code, selection)]))]));
  const refPoints = new Map(references.map((ref) => [ref, new Map(years.map((year) => [year, referencePoint(figuresIn(year), catalog, index.code, year, ref, selection.component)]))]));
  const unitSources = units.map((unit): SeriesSource => ({
    id: unit.code,
    pointIn: (year) => {
      const point = unitPoints.get(unit.code)?.get(year);
      return point && { value: point.value, extras: point.denominator === undefined ? undefined : { [DENOMINATOR]: point.denominator } };
    },
  }));
  const refSources = references.map((ref): SeriesSource => ({
    id: `ref-${ref}`,
    pointIn: (year) => {
      const point = refPoints.get(ref)?.get(year);
      const best = ref === 'best' && point?.unit ? catalog.units.get(point.unit) : undefined;
      return point && { value: point.value, extras: best ? { [UNIT_NAME]: label(best) } : undefined };
    },
  }));
  const denominatorsOf = (unit: Unit) =>
    years.flatMap((year) => {
      const of = unitPoints.get(unit.code)?.get(year)?.denominator;
      return of === undefined ? [] : [{ year, of }];
    });
  // Ranks out of different totals (63, then 61) are not joined either; each point carries its denominator.
  const ofChanges = selection.measure === 'rank' ? mergeBreaks(...units.map((unit) => denominatorBreaks(denominatorsOf(unit)))) : [];
  const split = splitSeries(years, mergeBreaks(breaks, ofChanges), [...unitSources, ...refSources]);

  const used = years.flatMap((year) =>
    figuresIn(year).filter((f) => {
      if (f.component !== selection.component) return false;
      if (unitPoints.get(f.unit)?.get(year)) return true;
      return [...refPoints.values()].some((points) => {
        const point = points.get(year);
        return point?.unit !== undefined && f.unit === point.unit;
      });
    }),
  );
  const crowded = units.filter((u) => !isCityCode(catalog, u.code)).length > Math.min(COLOURED_PEERS, PALETTE_SIZE);
  const series = split.segments.map((segment): TrendSeries => {
    const position = units.findIndex((u) => u.code === segment.id);
    const unit = units[position];
    const focus = unit !== undefined && isCityCode(catalog, unit.code);
    // Many units (a whole region): the others are muted until chosen or pointed at (OWID, FT), never recoloured alike.
    if (unit) return { key: segment.key, legendKey: unit.code, label: label(unit), color: unitColor(focus, position), emphasis: focus, muted: !focus && crowded, unit: unit.code, computed: index.rankKind === 'computed' };
    const reference = references.find((ref) => `ref-${ref}` === segment.id) ?? 'national';
    const computed = [...(refPoints.get(reference)?.values() ?? [])].some((point) => point?.computed);
    const names = { label: referenceLabel(reference, computed, false), tooltipLabel: referenceLabel(reference, computed, true) };
    // The published figures are another measure: points of their own, never a line, never joined with the computed mean.
    if (reference === PUBLISHED_NATIONAL) return { key: segment.key, legendKey: segment.id, ...names, color: REFERENCE_COLORS.national, unjoined: true, reference, computed };
    return { key: segment.key, legendKey: segment.id, ...names, color: REFERENCE_COLORS[reference], dashed: true, reference, computed };
  });
  const values = valuesOf(split);
  const axis = selection.measure === 'rank' ? rankAxis(Math.max(...values, 2)) : scoreAxis(values, { share: 0.1, limits: [0, scaleMaximum(catalog, index, selection.component)] });
  return {
    index,
    bounds: { min, max },
    range: { from, to },
    rows: split.rows,
    series,
    yDomain: axis.domain,
    yTicks: axis.ticks,
    breaks,
    mergers,
    denominators: denominatorRuns(units.flatMap(denominatorsOf)),
    publishedMeanYears: years.filter((year) => refPoints.get(PUBLISHED_NATIONAL)?.get(year)),
    inferredRegionYears: references.includes('region') ? years.filter((year) => groupMembers(catalog, MEKONG_DELTA, year).some((code) => catalog.units.get(code)?.regionStatus === 'inferred')) : [],
    unitsWithoutData: units.filter((unit) => !split.segments.some((s) => s.id === unit.code)),
    endedUnits: units.flatMap((unit) => {
      const lastYear = lastAssessedYear(catalog, unit);
      return lastYear === undefined ? [] : [{ unit, lastYear }];
    }),
    sources: sourcesOf(catalog, used),
    figures: [...new Set(used)],
  };
}
