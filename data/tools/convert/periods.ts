import { fail } from './errors';
import type { Period } from './schema';

/** The methodology period of an index that covers a year; none stops the run. */
export function periodFor(periods: readonly Period[], index: string, year: string | number): Period {
  const y = Number(year);
  return (
    periods.find((q) => q.index === index && Number(q.from_year) <= y && (q.to_year === '' || y <= Number(q.to_year))) ??
    fail(`no period of ${index} covers ${year}`)
  );
}
