import type { Catalog, Unit } from './types';

export function predecessorsOf(catalog: Catalog, code: string): Unit[] {
  return [...catalog.units.values()].filter((unit) => unit.successor === code);
}

/** The unit itself followed by each successor in turn (old Cần Thơ → new Cần Thơ). */
export function successionChain(catalog: Catalog, code: string): Unit[] {
  const chain: Unit[] = [];
  let unit = catalog.units.get(code);
  while (unit && !chain.includes(unit)) {
    chain.push(unit);
    unit = unit.successor ? catalog.units.get(unit.successor) : undefined;
  }
  return chain;
}

/**
 * The last year a unit can have an annual result: a unit that ends before 31 December did not
 * exist for a full assessment year (the 9 districts ended on 30/06/2025, so their last year is 2024).
 */
export function lastAssessedYear(unit: Unit): number | undefined {
  if (!unit.validTo) return undefined;
  const year = Number(unit.validTo.slice(0, 4));
  return unit.validTo.endsWith('-12-31') ? year : year - 1;
}

/** Whether a unit existed for the whole assessment year (so it can have a result for that year). */
export function assessedIn(unit: Unit, year: number): boolean {
  const from = unit.validFrom ? Number(unit.validFrom.slice(0, 4)) + (unit.validFrom.endsWith('-01-01') ? 0 : 1) : -Infinity;
  const last = lastAssessedYear(unit) ?? Infinity;
  return from <= year && year <= last;
}
