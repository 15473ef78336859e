import type { Catalog, Component, Period } from './types';

export function periodFor(catalog: Catalog, index: string, year: number): Period | undefined {
  return catalog.periods.find((p) => p.index === index && p.fromYear <= year && (p.toYear === undefined || year <= p.toYear));
}

export function componentsOf(catalog: Catalog, period: Period): Component[] {
  return catalog.components
    .filter((c) => c.index === period.index && c.period === period.period)
    .sort((a, b) => a.order - b.order);
}

/** A change of method between two years: the first year of the new period, and what it changed. */
export interface MethodBreak {
  year: number;
  kind: 'total' | 'subcomponents';
}

/** The first methodology break of the given kind (or a stronger one) between two years, if any. */
export function breakIn(catalog: Catalog, index: string, fromYear: number, toYear: number, component: 'total' | 'component'): MethodBreak | undefined {
  const [early, late] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
  const period = catalog.periods
    .filter(
      (p) =>
        p.index === index &&
        p.fromYear > early &&
        p.fromYear <= late &&
        (p.breakBefore === 'total' || (component === 'component' && p.breakBefore === 'subcomponents')),
    )
    .sort((a, b) => a.fromYear - b.fromYear)[0];
  return period && { year: period.fromYear, kind: period.breakBefore === 'total' ? 'total' : 'subcomponents' };
}

/** True when a methodology break of the given kind (or a stronger one) lies between two years. */
export function breakBetween(catalog: Catalog, index: string, fromYear: number, toYear: number, component: 'total' | 'component'): boolean {
  return breakIn(catalog, index, fromYear, toYear, component) !== undefined;
}
