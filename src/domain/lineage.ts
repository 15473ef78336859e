import type { Catalog, LineageLink, Unit } from './types';

/** The catalogue units a unit was formed from: its provinces' `successor` links and the lineage rows that name one. */
export function predecessorsOf(catalog: Catalog, code: string): Unit[] {
  const linked = new Set(catalog.lineage.filter((link) => link.unit === code && link.predecessor).map((link) => link.predecessor));
  return [...catalog.units.values()].filter((unit) => unit.successor === code || linked.has(unit.code));
}

/** Every former unit of a unit (lineage.csv), in the catalogue or not: the former communes of a new commune. */
export function formerUnitsOf(catalog: Catalog, code: string): LineageLink[] {
  return catalog.lineage.filter((link) => link.unit === code);
}

/**
 * The links from a former unit, found by its code before 01/07/2025 (a code alone never identifies a
 * unit across that date: 31120 was Phường An Hòa, and is now Phường Cái Khế). A split ward has two.
 */
export function linksFromFormer(catalog: Catalog, formerGsoCode: string): LineageLink[] {
  return catalog.lineage.filter((link) => link.predecessorGsoCode === formerGsoCode);
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
