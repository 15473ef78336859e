import { cityLineage, cityUnitFor, type CityLineage } from './city';
import { yearResult, type FiguresByYear, type YearResult } from './results';
import type { Catalog } from './types';

/** A result of the city in one year, with the unit that was the city that year. */
export interface CityYearResult extends YearResult {
  unit: string;
}

/** The city's results for every loaded year, oldest first: each year of the unit that was the city that year. */
export function cityResults(byYear: FiguresByYear, catalog: Catalog, index: string, component: string): CityYearResult[] {
  return [...byYear.keys()]
    .sort((a, b) => a - b)
    .flatMap((year) => {
      const unit = cityUnitFor(catalog, index, year);
      return unit ? [{ ...yearResult(byYear.get(year) ?? [], catalog, index, year, unit.code, component), unit: unit.code }] : [];
    });
}

/** The city of a year beside what it was formed from: each predecessor's result of the year before. */
export interface MergerComparison extends CityLineage {
  result: YearResult;
  before: { unit: string; result: YearResult }[];
}

/** The comparison across the merger for a year the city changed unit; undefined in any other year. */
export function mergerComparison(byYear: FiguresByYear, catalog: Catalog, index: string, component: string, year: number): MergerComparison | undefined {
  const lineage = cityLineage(catalog, index, year);
  if (!lineage) return undefined;
  const result = yearResult(byYear.get(year) ?? [], catalog, index, year, lineage.unit.code, component);
  const previous = byYear.get(lineage.previousYear) ?? [];
  const before = lineage.predecessors.map((u) => ({ unit: u.code, result: yearResult(previous, catalog, index, lineage.previousYear, u.code, component) }));
  return { ...lineage, result, before };
}

/** A rank as a share of the field, in whole per cent: 12 of 34 is the top 35%. */
export function rankShare(rank: number, rankOf: number): number {
  return Math.round((100 * rank) / rankOf);
}
