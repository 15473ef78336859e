import { aggregatesOf } from '@/domain/aggregates';
import { MEAN_SCORE, UNIT_SCORE } from '@/domain/codes';
import { sourcesById } from '@/domain/sources';
import type { Aggregate, Catalog, IndexDef, Source } from '@/domain/types';

/** One year of the city's own index: the published means of its departments and districts (either may be absent). */
export interface CityMeanRow {
  year: number;
  department?: Aggregate;
  district?: Aggregate;
}

export interface CityMeansModel {
  rows: CityMeanRow[];
  /** Named departments' published results (departments have no unit code). */
  unitScores: Aggregate[];
  sources: Source[];
}

/**
 * The department and district means of a city-level index for every year from its first year to the last
 * year with any figure or mean (or `lastYear`), gaps included; undefined when it has no mean at all.
 */
export function cityMeans(catalog: Catalog, index: IndexDef, figureYears: readonly number[], lastYear?: number): CityMeansModel | undefined {
  const means = aggregatesOf(catalog, { index: index.code, measure: MEAN_SCORE }).filter((a) => a.level === 'department' || a.level === 'district');
  if (means.length === 0) return undefined;
  const last = Math.max(...means.map((a) => a.year), ...figureYears, lastYear ?? 0);
  const rows: CityMeanRow[] = [];
  for (let year = index.firstYear; year <= last; year++) {
    rows.push({ year, department: means.find((a) => a.year === year && a.level === 'department'), district: means.find((a) => a.year === year && a.level === 'district') });
  }
  const unitScores = aggregatesOf(catalog, { index: index.code, measure: UNIT_SCORE, level: 'department' });
  return { rows, unitScores, sources: sourcesById(catalog, [...means, ...unitScores].flatMap((a) => a.sources)) };
}
