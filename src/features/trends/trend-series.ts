import { breakBetween } from '@/domain/methodology';
import { TOTAL, type Catalog } from '@/domain/types';

/** Index of the comparable segment of each year: it grows at every break that concerns the component. */
export function segmentsOfYears(catalog: Catalog, index: string, component: string, years: readonly number[]): number[] {
  const kind = component === TOTAL ? 'total' : 'component';
  let segment = 0;
  return years.map((year, i) => {
    const previous = years[i - 1];
    if (previous !== undefined && breakBetween(catalog, index, previous, year, kind)) segment += 1;
    return segment;
  });
}

export const seriesKey = (base: string, segment: number) => `${base}~${segment}`;
export const denominatorKey = (key: string) => `${key}:of`;
export const unitNameKey = (key: string) => `${key}:unit`;

export function yearsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}
