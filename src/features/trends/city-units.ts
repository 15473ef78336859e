import { cityLineage, cityUnitFor, isCityCode } from '@/domain/city';
import type { Catalog, Unit } from '@/domain/types';

export interface CityUnits {
  /** The units drawn, each its own line: the city expanded across a merger in the years shown. */
  codes: string[];
  /** First years of the merged city inside the years shown: where the predecessors' lines end and its own begins. */
  mergers: number[];
}

/**
 * The chosen codes as the years shown need them: the city's code stands for the city of each year; across
 * a merger whose new unit has data in the range, the predecessors' lines up to the year before and the
 * merged city's from the year of the merger (never one line spliced from them).
 */
export function cityUnits(catalog: Catalog, index: string, codes: readonly string[], years: readonly number[], has: (unit: string, year: number) => boolean): CityUnits {
  if (!codes.some((code) => isCityCode(catalog, code))) return { codes: [...codes], mergers: [] };
  const withData = (unit: Unit | undefined, from: number) => unit !== undefined && years.some((year) => year >= from && has(unit.code, year));
  const lineages = years.flatMap((year) => {
    const lineage = cityLineage(catalog, index, year);
    return lineage && years.includes(lineage.previousYear) && withData(lineage.unit, year) ? [lineage] : [];
  });
  const ofYears = years.flatMap((year) => {
    const unit = cityUnitFor(catalog, index, year);
    return unit && has(unit.code, year) ? [unit.code] : [];
  });
  const city = [...lineages.flatMap((l) => l.predecessors.map((u) => u.code)), ...ofYears, ...lineages.map((l) => l.unit.code)];
  const expanded = codes.flatMap((code) => (isCityCode(catalog, code) ? (city.length > 0 ? city : [code]) : [code]));
  return { codes: [...new Set(expanded)], mergers: lineages.map((l) => l.year) };
}
