import { bestUnit, groupMean, type BestUnit } from './groups';
import { breakBetween, componentsOf, periodFor } from './methodology';
import { nationalMean, type FiguresByYear, type MeanValue } from './results';
import type { Catalog, Component, Figure, FigureStatus, Period } from './types';

/** One component of one unit in one year, with what staff compare it against. */
export interface ComponentResult {
  component: Component;
  status: FigureStatus | 'missing';
  score?: number;
  max?: number;
  /** The lowest score the component can take (PAPI dimensions run from 1 to 10). */
  min?: number;
  /** Where the score sits between the minimum and the maximum, in %. */
  pctOfRange?: number;
  pointsLost?: number;
  mean?: MeanValue;
  gapToMean?: number;
  /** The mean of the region or peer group compared with (by default the unit's region: the Mekong Delta for Cần Thơ), where the data has it. */
  groupMean?: MeanValue;
  gapToGroup?: number;
  best?: BestUnit;
  gapToBest?: number;
  previous?: number;
  change?: number;
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** Top-level components stay comparable across a change of sub-components; sub-components do not. */
export function comparableYears(catalog: Catalog, index: string, a: number, b: number, component: Component): boolean {
  return !breakBetween(catalog, index, a, b, component.parent ? 'component' : 'total');
}

/**
 * A component's floor: the total's floor shared in proportion to its maximum. PAPI totals run 8–80
 * over eight dimensions of 10, so each dimension runs 1–10 (and a sub-dimension of 2,5 from 0,25);
 * indices scored from 0 give 0.
 */
export function componentMin(period: Period, max: number): number {
  return period.totalMax > 0 ? round((max * period.totalMin) / period.totalMax) : 0;
}

/**
 * Weakest first: furthest below the national mean. Rows without a gap go last. This, not the share of
 * the maximum, says where the unit loses ground to its peers.
 */
export function byGapToNation(rows: readonly ComponentResult[]): ComponentResult[] {
  return [...rows].sort((a, b) => (a.gapToMean ?? Infinity) - (b.gapToMean ?? Infinity));
}

/** The `n` components furthest below the national mean (only those below it). */
export function belowNation(rows: readonly ComponentResult[], n = 3): ComponentResult[] {
  return byGapToNation(rows)
    .filter((r) => r.gapToMean !== undefined && r.gapToMean < 0)
    .slice(0, n);
}

export function publishedScore(figures: readonly Figure[], unit: string, component: string): number | undefined {
  const figure = figures.find((f) => f.unit === unit && f.component === component && f.status === 'published');
  return figure?.score;
}

/**
 * The components directly under `parent` (top level when undefined), in the period covering the year,
 * compared with the nation and with `group` (the unit's region unless another region or peer group is chosen).
 */
export function componentResults(catalog: Catalog, index: string, byYear: FiguresByYear, unit: string, year: number, parent?: string, group?: string): ComponentResult[] {
  const period = periodFor(catalog, index, year);
  if (!period) return [];
  const figures = byYear.get(year) ?? [];
  const previousFigures = byYear.get(year - 1);
  const compared = group ?? catalog.units.get(unit)?.region;
  return componentsOf(catalog, period)
    .filter((component) => component.parent === parent)
    .map((component) => {
      const figure = figures.find((f) => f.unit === unit && f.component === component.code);
      const score = figure?.status === 'published' ? figure.score : undefined;
      const max = component.maxPoints;
      const min = max === undefined ? undefined : componentMin(period, max);
      const mean = nationalMean(figures, catalog, index, component.code);
      const peers = compared ? groupMean(figures, catalog, index, component.code, compared, year) : undefined;
      const best = bestUnit(figures, catalog, index, component.code);
      const previous =
        previousFigures && comparableYears(catalog, index, year - 1, year, component) ? publishedScore(previousFigures, unit, component.code) : undefined;
      const has = score !== undefined;
      return {
        component,
        status: figure?.status ?? 'missing',
        score,
        max,
        min,
        pctOfRange: has && max !== undefined && min !== undefined && max > min ? round(((score - min) / (max - min)) * 100) : undefined,
        pointsLost: has && max !== undefined ? round(max - score) : undefined,
        mean,
        gapToMean: has && mean ? round(score - mean.value) : undefined,
        groupMean: peers,
        gapToGroup: has && peers ? round(score - peers.value) : undefined,
        best,
        gapToBest: has && best ? round(score - best.score) : undefined,
        previous,
        change: has && previous !== undefined ? round(score - previous) : undefined,
      };
    });
}

export interface ChangeCount {
  up: number;
  down: number;
  same: number;
  /** Sum of the components' changes: equals the change of the parent when it is their sum. */
  total: number;
}

export function countChanges(results: readonly { change?: number }[]): ChangeCount {
  const changes = results.flatMap((r) => (r.change === undefined ? [] : [r.change]));
  return {
    up: changes.filter((c) => c > 0).length,
    down: changes.filter((c) => c < 0).length,
    same: changes.filter((c) => c === 0).length,
    total: round(changes.reduce((sum, c) => sum + c, 0)),
  };
}
