import type { Assessment, Catalog, Unit, UnitLevel } from './types';

/** Whether a unit existed on a date (yyyy-mm-dd). */
export function validOn(unit: Unit, date: string): boolean {
  return (unit.validFrom ?? '') <= date && (unit.validTo === undefined || date <= unit.validTo);
}

const covers = (row: Assessment, year: number) => row.fromYear <= year && (row.toYear === undefined || year <= row.toYear);
const dateIn = (row: Assessment, year: number) => `${year}-${row.unitsValidOn}`;

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
  return assessmentsFor(catalog, index, year).some((row) => row.level === unit.level && validOn(unit, dateIn(row, year)));
}

/** The units an index assessed in a year (optionally of one level), in catalogue order. */
export function unitsAssessed(catalog: Catalog, index: string | undefined, year: number, level?: UnitLevel): Unit[] {
  return [...catalog.units.values()].filter((unit) => (level === undefined || unit.level === level) && isAssessed(catalog, index, unit, year));
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
