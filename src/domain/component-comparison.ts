import { publishedScore } from './component-results';
import { breakIn, componentsOf, periodFor, type MethodBreak } from './methodology';
import type { FiguresByYear } from './results';
import type { Catalog, Component } from './types';

/** One component of a unit in two years. */
export interface ComparisonRow {
  component: Component;
  scoreA?: number;
  scoreB?: number;
  /** Score B − score A, where both years have one. */
  change?: number;
}

/** "Year A vs year B" for the components under one parent. */
export interface YearComparison {
  yearA: number;
  yearB: number;
  /** The change of method between the two years that makes these components incomparable: then there are no rows. */
  methodBreak?: MethodBreak;
  /** Largest fall first; rows without a change last. */
  rows: ComparisonRow[];
}

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function componentsUnder(catalog: Catalog, index: string, year: number, parent?: string): Component[] {
  const period = periodFor(catalog, index, year);
  return period ? componentsOf(catalog, period).filter((c) => c.parent === parent) : [];
}

/** Years, oldest first, in which the unit has a published score of a component under `parent` (the top level when undefined). */
export function yearsWithComponents(catalog: Catalog, index: string, byYear: FiguresByYear, unit: string, parent?: string): number[] {
  return [...byYear.keys()]
    .filter((year) => componentsUnder(catalog, index, year, parent).some((c) => publishedScore(byYear.get(year) ?? [], unit, c.code) !== undefined))
    .sort((a, b) => a - b);
}

/**
 * Each component under `parent` in year B with its scores in years A and B, largest fall first. A change
 * of method between the years (of the whole index, or of the sub-components for sub-components) leaves
 * no rows: such scores are not compared.
 */
export function compareYears(catalog: Catalog, index: string, byYear: FiguresByYear, unit: string, yearA: number, yearB: number, parent?: string): YearComparison {
  const methodBreak = breakIn(catalog, index, yearA, yearB, parent === undefined ? 'total' : 'component');
  if (methodBreak) return { yearA, yearB, methodBreak, rows: [] };
  const score = (year: number, code: string) => publishedScore(byYear.get(year) ?? [], unit, code);
  const rows = componentsUnder(catalog, index, yearB, parent).map((component) => {
    const scoreA = score(yearA, component.code);
    const scoreB = score(yearB, component.code);
    return { component, scoreA, scoreB, change: scoreA !== undefined && scoreB !== undefined ? round(scoreB - scoreA) : undefined };
  });
  const byChange = (a: ComparisonRow, b: ComparisonRow) => (a.change ?? Infinity) - (b.change ?? Infinity) || a.component.order - b.component.order;
  return { yearA, yearB, rows: rows.sort(byChange) };
}
