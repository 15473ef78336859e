import type { Assessment, Catalog, Unit, UnitLevel } from './types';

/** Whether a unit existed on a date (yyyy-mm-dd). */
export function validOn(unit: Unit, date: string): boolean {
  return (unit.validFrom ?? '') <= date && (unit.validTo === undefined || date <= unit.validTo);
}

const covers = (row: Assessment, year: number) => row.fromYear <= year && (row.toYear === undefined || year <= row.toYear);
const dateIn = (row: Assessment, year: number) => `${year}-${row.unitsValidOn}`;
/** Whether one of an index's rows for the year assesses the unit. */
const assessedUnder = (rows: readonly Assessment[], unit: Unit, year: number) => rows.some((row) => row.level === unit.level && validOn(unit, dateIn(row, year)));

/** The rows of assessments.csv that apply to an index in a year; every index's when `index` is undefined. */
export function assessmentsFor(catalog: Catalog, index: string | undefined, year: number): Assessment[] {
  return catalog.assessments.filter((row) => (index === undefined || row.index === index) && covers(row, year));
}

/**
 * Whether a unit has a result of the index for the year: the publisher assesses the units valid on
 * a set day of the year (assessments.csv), so 2024 has the 63 provinces and 2025 the 34 new ones.
 * With no index, whether any index assesses it at its level that year.
 */
export function isAssessed(catalog: Catalog, index: string | undefined, unit: Unit, year: number): boolean {
  return assessedUnder(assessmentsFor(catalog, index, year), unit, year);
}

/**
 * The units an index assessed in a year (optionally of one level), in catalogue order. The year's rows are found
 * once, not once per unit of the catalogue (a cold rankings load spent ~20 ms in them).
 */
export function unitsAssessed(catalog: Catalog, index: string | undefined, year: number, level?: UnitLevel): Unit[] {
  const rows = assessmentsFor(catalog, index, year);
  return [...catalog.units.values()].filter((unit) => (level === undefined || unit.level === level) && assessedUnder(rows, unit, year));
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** The last year any index assesses the unit (undefined while it still exists): 2024 for the units that ended on 30/06/2025. */
export function lastAssessedYear(catalog: Catalog, unit: Unit): number | undefined {
  const validTo = unit.validTo;
  if (!validTo) return undefined;
  const years = catalog.assessments
    .filter((row) => row.level === unit.level)
    .map((row) => {
      const year = Math.min(dateIn(row, yearOf(validTo)) <= validTo ? yearOf(validTo) : yearOf(validTo) - 1, row.toYear ?? Infinity);
      return year >= row.fromYear && validOn(unit, dateIn(row, year)) ? year : -Infinity;
    });
  const last = Math.max(...years);
  return Number.isFinite(last) ? last : undefined;
}

/** The first year any index assesses the unit (undefined when it existed from the start): 2025 for the units formed on 01/07/2025. */
export function firstAssessedYear(catalog: Catalog, unit: Unit): number | undefined {
  const validFrom = unit.validFrom;
  if (!validFrom) return undefined;
  const years = catalog.assessments
    .filter((row) => row.level === unit.level)
    .map((row) => {
      const year = Math.max(dateIn(row, yearOf(validFrom)) >= validFrom ? yearOf(validFrom) : yearOf(validFrom) + 1, row.fromYear);
      return (row.toYear === undefined || year <= row.toYear) && validOn(unit, dateIn(row, year)) ? year : Infinity;
    });
  const first = Math.min(...years);
  return Number.isFinite(first) ? first : undefined;
}

/** The levels an index ranks in any year (assessments.csv; its indices.csv level when it has no row): district to 2024 and commune from 2025 for the city's own index. */
export function levelsAssessed(catalog: Catalog, index: string): UnitLevel[] {
  const levels = [...new Set(catalog.assessments.filter((row) => row.index === index).map((row) => row.level))];
  return levels.length > 0 ? levels : [catalog.indices.get(index)?.unitLevel ?? 'province'];
}

/** The years an index ranks units of a level: from its first year at that level, to its last (undefined while open). */
export function yearsAtLevel(catalog: Catalog, index: string, level: UnitLevel): { from: number; to?: number } | undefined {
  const rows = catalog.assessments.filter((row) => row.index === index && row.level === level);
  if (rows.length === 0) {
    const def = catalog.indices.get(index);
    return def && def.unitLevel === level ? { from: def.firstYear } : undefined;
  }
  const ends = rows.map((row) => row.toYear);
  return { from: Math.min(...rows.map((row) => row.fromYear)), to: ends.includes(undefined) ? undefined : Math.max(...ends.map((end) => end ?? 0)) };
}

/** The day after an ISO day: a unit whose last day is 30/06/2025 is gone from 01/07/2025. */
export function dayAfter(iso: string): string {
  const next = new Date(`${iso}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
