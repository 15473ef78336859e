import { isAssessed } from './assessments';
import { CAN_THO } from './codes';
import { predecessorsOf, successionChain } from './lineage';
import type { Catalog, Unit } from './types';

/**
 * "Cần Thơ" in every view: the one rule saying which catalogue unit that is for an index and a year.
 * The former city (to 2024) and the merged city (from 2025) are different units linked by lineage.
 */

/**
 * The code a selection (URL, deck, profile) uses for "the city": read through cityUnitFor or cityCodeIn,
 * it stands for whichever unit is the city in the year shown.
 */
export const CITY = CAN_THO;

/** The city and each unit that succeeded it: former Cần Thơ, then the merged city. */
export function cityChain(catalog: Catalog): Unit[] {
  return successionChain(catalog, CITY);
}

/** Whether a code is one of the city's units, before or after a merger. */
export function isCityCode(catalog: Catalog, code: string): boolean {
  return cityChain(catalog).some((unit) => unit.code === code);
}

/** The unit of the city's lineage that the index assessed in the year (assessments.csv); with no index, any index's. */
export function cityUnitFor(catalog: Catalog, index: string | undefined, year: number): Unit | undefined {
  return cityChain(catalog).find((unit) => isAssessed(catalog, index, unit, year));
}

/** The city of a year across a merger: the unit, and the units it was formed from as assessed the year before. */
export interface CityLineage {
  unit: Unit;
  year: number;
  previousYear: number;
  /** The former units the index assessed in the previous year, the former city first. */
  predecessors: Unit[];
}

/** The city's lineage at a year when the city is not the unit of the year before; undefined otherwise. */
export function cityLineage(catalog: Catalog, index: string | undefined, year: number): CityLineage | undefined {
  const unit = cityUnitFor(catalog, index, year);
  const before = cityUnitFor(catalog, index, year - 1);
  if (!unit || !before || before.code === unit.code) return undefined;
  const predecessors = predecessorsOf(catalog, unit.code).filter((u) => isAssessed(catalog, index, u, year - 1));
  return { unit, year, previousYear: year - 1, predecessors: [before, ...predecessors.filter((u) => u !== before)] };
}

/** The latest of the years whose city unit has a figure; `has` says whether a unit has one in a year. */
export function cityLatestYear(catalog: Catalog, index: string, years: Iterable<number>, has: (unit: string, year: number) => boolean): number | undefined {
  const withCity = [...years].filter((year) => {
    const unit = cityUnitFor(catalog, index, year);
    return unit !== undefined && has(unit.code, year);
  });
  return withCity.length > 0 ? Math.max(...withCity) : undefined;
}

/** A chosen unit code as a view of a year shows it: a code of the city's lineage means the city of that year. */
export function cityCodeIn(catalog: Catalog, index: string | undefined, year: number | undefined, code: string): string {
  if (year === undefined || !isCityCode(catalog, code)) return code;
  return cityUnitFor(catalog, index, year)?.code ?? code;
}

/** Whether a unit of the city's lineage is the city before a merger, or after one (from the day it exists). */
export type CityEra = { kind: 'before' } | { kind: 'after'; from: string };

export function cityEra(catalog: Catalog, code: string): CityEra | undefined {
  const chain = cityChain(catalog);
  const at = chain.findIndex((unit) => unit.code === code);
  const unit = chain[at];
  if (!unit) return undefined;
  if (at > 0 && unit.validFrom) return { kind: 'after', from: unit.validFrom };
  return unit.successor ? { kind: 'before' } : undefined;
}
