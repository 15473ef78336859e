import { aggregatesOf } from '@/domain/aggregates';
import { sourcesById } from '@/domain/sources';
import { CAN_THO, MEAN_SCORE, UNIT_SCORE } from '@/domain/codes';
import type { FiguresByYear } from '@/domain/results';
import { TOTAL, type Aggregate, type Catalog, type Figure, type IndexDef, type Source } from '@/domain/types';

/** One year of the city's own index: the published means of its departments and districts (either may be absent). */
export interface CityMeanRow {
  year: number;
  /** The whole city's own result in the index (a unit row of the city), when published. */
  city?: Figure;
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
export function cityMeans(catalog: Catalog, index: IndexDef, byYear: FiguresByYear, lastYear?: number): CityMeansModel | undefined {
  const figureYears = [...byYear.keys()];
  const cityFigure = (year: number) => byYear.get(year)?.find((f) => f.unit === CAN_THO && f.component === TOTAL && f.score !== undefined);
  const means = aggregatesOf(catalog, { index: index.code, measure: MEAN_SCORE }).filter((a) => a.level === 'department' || a.level === 'district');
  if (means.length === 0) return undefined;
  const last = Math.max(...means.map((a) => a.year), ...figureYears, lastYear ?? 0);
  const rows: CityMeanRow[] = [];
  for (let year = index.firstYear; year <= last; year++) {
    rows.push({ year, city: cityFigure(year), department: means.find((a) => a.year === year && a.level === 'department'), district: means.find((a) => a.year === year && a.level === 'district') });
  }
  const unitScores = aggregatesOf(catalog, { index: index.code, measure: UNIT_SCORE, level: 'department' });
  const cityFigures = rows.flatMap((r) => (r.city ? [r.city] : []));
  return { rows, unitScores, sources: sourcesById(catalog, [...cityFigures, ...means, ...unitScores].flatMap((a) => a.sources)) };
}
