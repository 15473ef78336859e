import { bestUnit, type BestUnit } from './groups';
import { breakBetween, componentsOf, periodFor } from './methodology';
import { nationalMean, type FiguresByYear, type MeanValue } from './results';
import type { Catalog, Component, Figure, FigureStatus } from './types';

/** One component of one unit in one year, with what staff compare it against. */
export interface ComponentResult {
  component: Component;
  status: FigureStatus | 'missing';
  score?: number;
  max?: number;
  pctOfMax?: number;
  pointsLost?: number;
  mean?: MeanValue;
  gapToMean?: number;
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

export function publishedScore(figures: readonly Figure[], unit: string, component: string): number | undefined {
  const figure = figures.find((f) => f.unit === unit && f.component === component && f.status === 'published');
  return figure?.score;
}

/** The components directly under `parent` (top level when undefined), in the period covering the year. */
export function componentResults(catalog: Catalog, index: string, byYear: FiguresByYear, unit: string, year: number, parent?: string): ComponentResult[] {
  const period = periodFor(catalog, index, year);
  if (!period) return [];
  const figures = byYear.get(year) ?? [];
  const previousFigures = byYear.get(year - 1);
  return componentsOf(catalog, period)
    .filter((component) => component.parent === parent)
    .map((component) => {
      const figure = figures.find((f) => f.unit === unit && f.component === component.code);
      const score = figure?.status === 'published' ? figure.score : undefined;
      const max = component.maxPoints;
      const mean = nationalMean(figures, catalog, index, component.code);
      const best = bestUnit(figures, catalog, index, component.code);
      const previous =
        previousFigures && comparableYears(catalog, index, year - 1, year, component) ? publishedScore(previousFigures, unit, component.code) : undefined;
      const has = score !== undefined;
      return {
        component,
        status: figure?.status ?? 'missing',
        score,
        max,
        pctOfMax: has && max ? round((score / max) * 100) : undefined,
        pointsLost: has && max !== undefined ? round(max - score) : undefined,
        mean,
        gapToMean: has && mean ? round(score - mean.value) : undefined,
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

export function countChanges(results: readonly ComponentResult[]): ChangeCount {
  const changes = results.flatMap((r) => (r.change === undefined ? [] : [r.change]));
  return {
    up: changes.filter((c) => c > 0).length,
    down: changes.filter((c) => c < 0).length,
    same: changes.filter((c) => c === 0).length,
    total: round(changes.reduce((sum, c) => sum + c, 0)),
  };
}
