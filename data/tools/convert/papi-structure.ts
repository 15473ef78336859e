import { assert, fail } from './errors';
import type { TableRow, Tables } from './tables';

/** Sub-dimension codes of each dimension of a PAPI period, in order (tables/papi-subdimensions.csv). */
export function papiStructure(tables: Tables, period: string): Map<string, string[]> {
  const rows = tables['papi-subdimensions'].filter((r) => r.period === period);
  assert(rows.length > 0, `tables/papi-subdimensions.csv: no rows for ${period}`);
  return new Map(rows.map((r) => [r.dimension, r.codes.split(';')]));
}

/**
 * The label row of a sub-dimension in a period: the one whose from_period–to_period covers it
 * (period codes compare as text: papi-2011 < papi-2016; a blank to_period is open).
 */
export function subLabel(tables: Tables, period: string, code: string): TableRow<'papi-sub-labels'> {
  const rows = tables['papi-sub-labels'].filter((r) => r.code === code && r.from_period <= period && (r.to_period === '' || period <= r.to_period));
  assert(rows.length <= 1, `tables/papi-sub-labels.csv: ${rows.length} rows for ${code} in ${period}`);
  return rows[0] ?? fail(`no label for ${code} in ${period}`);
}
