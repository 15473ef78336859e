import { isAssessed } from '@/domain/assessments';
import { predecessorsOf } from '@/domain/lineage';
import { yearResult, type FiguresByYear, type YearResult } from '@/domain/results';
import { TOTAL, type Catalog, type Unit } from '@/domain/types';

/** The units whose results make a plan's baseline: its unit if it existed that year, else those it was formed from. */
export function baselineUnits(catalog: Catalog, code: string, year: number): Unit[] {
  const unit = catalog.units.get(code);
  if (!unit) return [];
  return isAssessed(catalog, undefined, unit, year) ? [unit] : predecessorsOf(catalog, code);
}

export interface BaselineRow {
  unit: Unit;
  result: YearResult;
}

export function baselineRows(catalog: Catalog, index: string, byYear: FiguresByYear, code: string, year: number): BaselineRow[] {
  const figures = byYear.get(year) ?? [];
  return baselineUnits(catalog, code, year).map((unit) => ({ unit, result: yearResult(figures, catalog, index, year, unit.code, TOTAL) }));
}
