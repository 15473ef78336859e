import { comparableYears, publishedScore } from '@/domain/component-results';
import { groupMembers } from '@/domain/groups';
import { componentsOf, periodFor } from '@/domain/methodology';
import type { FiguresByYear } from '@/domain/results';
import { TOTAL, type Catalog, type Component, type Unit } from '@/domain/types';

export interface Heatmap {
  /** A column whose year is still loading: its cells are not known yet (null in `cells`) and show the loading state. */
  columns: { key: string; label: string; loading?: true }[];
  rows: { key: string; label: string; emphasis: boolean; cells: (number | null)[] }[];
}

type Label = (item: { shortVi: string; shortEn: string }) => string;

function pctOfMax(catalog: Catalog, index: string, byYear: FiguresByYear, unit: string, code: string, year: number): number | null {
  const period = periodFor(catalog, index, year);
  const max = period && componentsOf(catalog, period).find((c) => c.code === code)?.maxPoints;
  const score = publishedScore(byYear.get(year) ?? [], unit, code);
  return score !== undefined && max ? Math.round((score / max) * 1e4) / 100 : null;
}

/** The run of years (ascending) around `year` across which these components stay comparable. */
export function comparableRun(catalog: Catalog, index: string, years: readonly number[], year: number, component: Component): number[] {
  const at = years.indexOf(year);
  if (at < 0) return [];
  let first = at;
  let last = at;
  const linked = (a?: number, b?: number) => a !== undefined && b !== undefined && b === a + 1 && comparableYears(catalog, index, a, b, component);
  while (linked(years[first - 1], years[first])) first -= 1;
  while (linked(years[last], years[last + 1])) last += 1;
  return years.slice(first, last + 1);
}

/**
 * Components × years for one unit, as % of each year's maximum. `known` holds every year, ascending, the years still
 * `loading` among them: their columns are to come.
 */
export function yearHeatmap(catalog: Catalog, index: string, byYear: FiguresByYear, known: { years: readonly number[]; loading: readonly number[] }, unit: string, year: number, components: readonly Component[], label: Label): Heatmap {
  const [first] = components;
  const { loading } = known;
  const years = first ? comparableRun(catalog, index, known.years, year, first) : [];
  return {
    columns: years.map((y) => ({ key: String(y), label: String(y), ...(loading.includes(y) ? { loading: true as const } : {}) })),
    rows: components.map((c) => ({
      key: c.code,
      label: `${c.code} · ${label(c)}`,
      emphasis: false,
      cells: years.map((y) => (loading.includes(y) ? null : pctOfMax(catalog, index, byYear, unit, c.code, y))),
    })),
  };
}

/** Units of a group × components for one year, best total first; the unit in focus is emphasised. */
export function unitHeatmap(catalog: Catalog, index: string, byYear: FiguresByYear, focus: string, group: string, year: number, components: readonly Component[], label: Label): Heatmap {
  const figures = byYear.get(year) ?? [];
  const codes = [...new Set([focus, ...groupMembers(catalog, group, year)])];
  const parentOf = components[0]?.parent ?? TOTAL;
  // Best total first; members without a total (did not take part, no data) stay, last, with empty cells.
  const units = codes
    .flatMap((code) => catalog.units.get(code) ?? [])
    .map((unit: Unit) => ({ unit, total: publishedScore(figures, unit.code, parentOf) ?? -Infinity }))
    .sort((a, b) => b.total - a.total);
  return {
    columns: components.map((c) => ({ key: c.code, label: c.code })),
    rows: units.map(({ unit }) => ({
      key: unit.code,
      label: label(unit),
      emphasis: unit.code === focus,
      cells: components.map((c) => pctOfMax(catalog, index, byYear, unit.code, c.code, year)),
    })),
  };
}
