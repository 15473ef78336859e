import type { ChartRow, SeriesConfig } from '@/charts/types';
import { REFERENCE_COLORS, unitColor } from '@/charts/palette';
import { rankTicks } from '@/charts/rank-ticks';
import { bestUnit, groupMean } from '@/domain/groups';
import { lastAssessedYear } from '@/domain/lineage';
import { nationalMean, yearResult, type FiguresByYear, type MeanValue } from '@/domain/results';
import { sourcesOf } from '@/domain/sources';
import { TOTAL, type Catalog, type Figure, type IndexDef, type Source, type Unit } from '@/domain/types';
import type { Measure, Reference } from '@/state/view-state';
import { denominatorKey, segmentsOfYears, seriesKey, unitNameKey, yearsBetween } from './trend-series';
import { CAN_THO, CENTRAL_CITIES, MEKONG_DELTA, NATION } from '@/domain/codes';


export interface TrendSelection {
  units: readonly string[];
  measure: Measure;
  component: string;
  from?: number;
  to?: number;
  refs: readonly Reference[];
}

export type TrendSeries = SeriesConfig & { unit?: string; reference?: Reference; computed: boolean };

export interface TrendsModel {
  index: IndexDef;
  bounds: { min: number; max: number };
  range: { from: number; to: number };
  rows: ChartRow[];
  series: TrendSeries[];
  yDomain: [number, number];
  /** Round rank ticks (1, 10, 20, …) on a rank axis; automatic ticks for scores. */
  yTicks?: number[];
  /** Years where a new methodology period starts that breaks this component. */
  breaks: number[];
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

function referencePoint(figures: readonly Figure[], catalog: Catalog, index: string, year: number, reference: Reference, component: string): (Point & { computed: boolean }) | undefined {
  const fromMean = (mean: MeanValue | undefined) => mean && { value: mean.value, computed: mean.kind === 'computed' };
  switch (reference) {
    case 'national':
      return fromMean(nationalMean(figures, catalog, index, component));
    case 'region':
      return fromMean(groupMean(figures, catalog, index, component, MEKONG_DELTA, year));
    case 'peers':
      return fromMean(groupMean(figures, catalog, index, component, CENTRAL_CITIES, year));
    case 'best': {
      const best = bestUnit(figures, catalog, index, component);
      return best && { value: best.score, unit: best.unit, computed: catalog.indices.get(index)?.rankKind === 'computed' };
    }
  }
}

function paddedDomain(values: readonly number[], measure: Measure, scaleMax: number): [number, number] {
  if (values.length === 0) return [0, 1];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (measure === 'rank') return [1, Math.max(max, 2)];
  const pad = Math.max((max - min) * 0.1, 0.5);
  return [Math.max(0, Math.floor(min - pad)), Math.min(scaleMax, Math.ceil(max + pad))];
}

/** The largest possible score of the component in any period of the index. */
function scaleMaximum(catalog: Catalog, index: IndexDef, component: string): number {
  const maxima =
    component === TOTAL
      ? catalog.periods.filter((p) => p.index === index.code).map((p) => p.totalMax)
      : catalog.components.filter((c) => c.index === index.code && c.code === component).flatMap((c) => c.maxPoints ?? []);
  return maxima.length > 0 ? Math.max(...maxima) : 100;
}

export function buildTrendsModel(catalog: Catalog, index: IndexDef, byYear: FiguresByYear, selection: TrendSelection, label: Labeller, referenceLabel: (r: Reference, computed: boolean) => string): TrendsModel | undefined {
  const loaded = [...byYear.keys()].sort((a, b) => a - b);
  const min = loaded[0];
  const max = loaded.at(-1);
  if (min === undefined || max === undefined) return undefined;
  const from = Math.min(Math.max(selection.from ?? min, min), max);
  const to = Math.max(Math.min(selection.to ?? max, max), from);
  const years = yearsBetween(from, to);
  const segments = segmentsOfYears(catalog, index.code, selection.component, years);
  const units = selection.units.flatMap((code) => catalog.units.get(code) ?? []);
  const references = selection.measure === 'score' ? selection.refs : [];

  const series = new Map<string, TrendSeries>();
  const used: Figure[] = [];
  const rows: ChartRow[] = years.map((year, i) => {
    const figures = byYear.get(year) ?? [];
    const segment = segments[i] ?? 0;
    const row: ChartRow = { year };
    units.forEach((unit, position) => {
      const point = unitPoint(figures, catalog, index.code, year, unit.code, selection);
      if (!point) return;
      const key = seriesKey(unit.code, segment);
      row[key] = point.value;
      if (point.denominator !== undefined) row[denominatorKey(key)] = point.denominator;
      used.push(...figures.filter((f) => f.unit === unit.code && f.component === selection.component));
      const emphasis = unit.code === CAN_THO;
      series.set(key, { key, legendKey: unit.code, label: label(unit), color: unitColor(unit.code, position), emphasis, unit: unit.code, computed: index.rankKind === 'computed' });
    });
    for (const reference of references) {
      const point = referencePoint(figures, catalog, index.code, year, reference, selection.component);
      if (!point) continue;
      const key = seriesKey(`ref-${reference}`, segment);
      row[key] = point.value;
      const best = point.unit ? catalog.units.get(point.unit) : undefined;
      if (best) row[unitNameKey(key)] = label(best);
      used.push(...figures.filter((f) => f.component === selection.component && (f.unit === NATION || f.unit === MEKONG_DELTA || f.unit === point.unit)));
      series.set(key, { key, legendKey: `ref-${reference}`, label: referenceLabel(reference, point.computed), color: REFERENCE_COLORS[reference], dashed: true, reference, computed: point.computed });
    }
    return row;
  });

  const values = rows.flatMap((row) => [...series.keys()].flatMap((key) => (typeof row[key] === 'number' ? [row[key] as number] : [])));
  const scaleMax = scaleMaximum(catalog, index, selection.component);
  return {
    index,
    bounds: { min, max },
    range: { from, to },
    rows,
    series: [...series.values()].sort((a, b) => Number(Boolean(a.reference)) - Number(Boolean(b.reference))),
    yDomain: paddedDomain(values, selection.measure, scaleMax),
    yTicks: selection.measure === 'rank' ? rankTicks(Math.max(...values, 2)) : undefined,
    breaks: years.filter((_, i) => i > 0 && segments[i] !== segments[i - 1]),
    unitsWithoutData: units.filter((unit) => !rows.some((row) => Object.keys(row).some((key) => key.startsWith(`${unit.code}~`)))),
    endedUnits: units.flatMap((unit) => {
      const lastYear = lastAssessedYear(unit);
      return lastYear === undefined ? [] : [{ unit, lastYear }];
    }),
    sources: sourcesOf(catalog, used),
    figures: [...new Set(used)],
  };
}
