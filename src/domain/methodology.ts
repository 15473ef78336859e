import type { Catalog, Component, Period } from './types';

export function periodFor(catalog: Catalog, index: string, year: number): Period | undefined {
  return catalog.periods.find((p) => p.index === index && p.fromYear <= year && (p.toYear === undefined || year <= p.toYear));
}

export function componentsOf(catalog: Catalog, period: Period): Component[] {
  return catalog.components
    .filter((c) => c.index === period.index && c.period === period.period)
    .sort((a, b) => a.order - b.order);
}

/** True when a methodology break of the given kind (or a stronger one) lies between two years. */
export function breakBetween(catalog: Catalog, index: string, fromYear: number, toYear: number, component: 'total' | 'component'): boolean {
  const [early, late] = fromYear < toYear ? [fromYear, toYear] : [toYear, fromYear];
  return catalog.periods.some(
    (p) =>
      p.index === index &&
      p.fromYear > early &&
      p.fromYear <= late &&
      (p.breakBefore === 'total' || (component === 'component' && p.breakBefore === 'subcomponents')),
  );
}
