import { nationalMean, nationalMeanFigure, yearResult } from '@/domain/results';
import { sourcesOf } from '@/domain/sources';
import { TOTAL } from '@/domain/types';
import { componentOf, figuresOf, slideYear, type IndexContext } from './index-slides';
import type { SlideSpec } from './slide-code';
import type { StandingSlide } from './slide-types';

/** More rows than this do not fit a slide as a table: the region's dot plot says it better. */
const MAX_ROWS = 16;

/**
 * The year's results of the provinces we hold, best first, with the national mean: for an index whose
 * ranking we hold only in part (PAR Index 2024: two provinces).
 */
export function standingSlide(context: IndexContext, spec: SlideSpec): StandingSlide | undefined {
  const { catalog, index, byYear, unit } = context;
  const year = slideYear(context, spec);
  if (year === undefined) return undefined;
  const code = spec.component ?? TOTAL;
  const component = componentOf(catalog, index.code, year, code);
  if (code !== TOTAL && !component) return undefined;
  const figures = byYear.get(year) ?? [];
  // Only units the index ranks: a region's published mean is not a row of the standing.
  const units = [...new Set(figures.filter((f) => f.component === code && catalog.units.get(f.unit)?.level === index.unitLevel).map((f) => f.unit))];
  const results = units.map((member) => yearResult(figures, catalog, index.code, year, member, code));
  const rows = results
    .flatMap((r, i) => (r.score === undefined && !r.rank ? [] : [{ unit: units[i] ?? '', score: r.score, rank: r.rank }]))
    .sort((a, b) => (a.rank?.rank ?? Infinity) - (b.rank?.rank ?? Infinity) || (b.score ?? -Infinity) - (a.score ?? -Infinity));
  if (rows.length === 0 || rows.length > MAX_ROWS || !rows.some((row) => row.unit === unit)) return undefined;
  const mean = nationalMean(figures, catalog, index.code, code);
  const meanFigure = nationalMeanFigure(figures, catalog, index.code, code);
  return { kind: 'standing', spec, index, year, rows, mean, component, sources: sourcesOf(catalog, [...figuresOf(results), ...(meanFigure ? [meanFigure] : [])]) };
}
