import { compareYears, yearsWithComponents, type YearComparison } from '@/domain/component-comparison';
import { componentResults, countChanges, publishedScore, type ChangeCount, type ComponentResult } from '@/domain/component-results';
import { breakBetween, componentsOf, periodFor } from '@/domain/methodology';
import type { FiguresByYear } from '@/domain/results';
import type { SlideSpec } from '@/domain/slides/slide-code';
import { sourcesById } from '@/domain/sources';
import { TOTAL, type Catalog, type Component, type Figure, type IndexDef, type Source, type Statement, type Unit } from '@/domain/types';
import { selectComparison } from '@/state/selection';
import { unitHeatmap, yearHeatmap, type Heatmap } from './heatmaps';

export interface ComponentsSelection {
  unit: Unit;
  year?: number;
  /** The component drilled into; TOTAL for the top level. */
  parent: string;
  /** The region or peer group compared with: the second gap of the table, and the heatmap of its members. */
  group: string;
  /** The two years chosen for "year A vs year B"; undefined = the year before with a result, and the year shown. */
  compare?: readonly [number, number];
}

/** "Year A vs year B": the years the unit has component scores in, and the pair compared (none when one year alone has scores). */
export interface ComparisonChoice {
  years: number[];
  result?: YearComparison;
  /** The unit's scores compared, for the full-data export, and their sources. */
  figures: Figure[];
  sources: Source[];
}

export interface StatementCheck {
  statement: Statement;
  /** Whether the published up/down count agrees with the count from the data. */
  agrees: boolean;
}

/** The total, or the component drilled into, whose change the components explain. */
export interface ParentResult {
  score?: number;
  max?: number;
  change?: number;
}

export interface ComponentsModel {
  index: IndexDef;
  unit: Unit;
  /** The region or peer group compared with (the selection's). */
  group: string;
  year: number;
  years: number[];
  parent?: Component;
  rows: ComponentResult[];
  parentResult: ParentResult;
  /** The period of the year defines components at all (PAR Index outside 2017–2020 does not). */
  periodHasComponents: boolean;
  unitHasScores: boolean;
  count: ChangeCount;
  previousYear: number;
  statements: StatementCheck[];
  /** The years still on their way: their heatmap columns are to come. */
  loading: readonly number[];
  /** Undefined while any year is loading: the years compared and the list of years offered read every year. */
  comparison?: ComparisonChoice;
  sources: Source[];
  /** The unit's figures behind the table, for the full-data export. */
  figures: Figure[];
}

type Label = (item: { shortVi: string; shortEn: string }) => string;

function parentResult(catalog: Catalog, index: string, figures: FiguresByYear, unit: string, year: number, parent?: Component): ParentResult {
  if (parent) {
    const result = componentResults(catalog, index, figures, unit, year, parent.parent).find((r) => r.component.code === parent.code);
    return { score: result?.score, max: result?.max, change: result?.change };
  }
  const score = publishedScore(figures.get(year) ?? [], unit, TOTAL);
  const previous = breakBetween(catalog, index, year - 1, year, 'total') ? undefined : publishedScore(figures.get(year - 1) ?? [], unit, TOTAL);
  const change = score !== undefined && previous !== undefined ? Math.round((score - previous) * 1e6) / 1e6 : undefined;
  return { score, max: periodFor(catalog, index, year)?.totalMax, change };
}

function comparisonChoice(catalog: Catalog, index: string, figures: FiguresByYear, selection: ComponentsSelection, year: number, parent?: string): ComparisonChoice {
  const years = yearsWithComponents(catalog, index, figures, selection.unit.code, parent);
  const pair = selectComparison(years, selection.compare, year);
  const result = pair && compareYears(catalog, index, figures, selection.unit.code, pair[0], pair[1], parent);
  const used = (result?.rows ?? []).flatMap((row) =>
    (pair ?? []).flatMap((y) => (figures.get(y) ?? []).filter((f) => f.unit === selection.unit.code && f.component === row.component.code)),
  );
  return { years, result, figures: used, sources: sourcesById(catalog, used.flatMap((f) => f.sources)) };
}

/**
 * The view of one unit's components. `figures` holds whole years only; `loading` the years still on their way.
 * The table, the headline figures and the drivers read the year shown and the year before: there is no model
 * until both are in. The parts that read every year wait for theirs: the heatmap's columns to come, and the
 * comparison of two years until no year is loading. What is shown is never a figure of a partial year.
 */
export function buildComponentsModel(
  catalog: Catalog,
  index: IndexDef,
  figures: FiguresByYear,
  selection: ComponentsSelection,
  loading: readonly number[] = [],
): ComponentsModel | undefined {
  const years = [...new Set([...figures.keys(), ...loading])].sort((a, b) => a - b);
  const year = selection.year !== undefined && years.includes(selection.year) ? selection.year : years.at(-1);
  const period = year === undefined ? undefined : periodFor(catalog, index.code, year);
  if (year === undefined || !period || loading.includes(year) || loading.includes(year - 1)) return undefined;
  const all = componentsOf(catalog, period);
  const parent = all.find((c) => c.code === selection.parent && all.some((child) => child.parent === c.code));
  const rows = componentResults(catalog, index.code, figures, selection.unit.code, year, parent?.code, selection.group);
  const count = countChanges(rows);
  const components = rows.map((r) => r.component);
  const used = (figures.get(year) ?? []).filter((f) => f.unit === selection.unit.code && components.some((c) => c.code === f.component));
  const statements = catalog.statements
    .filter((s) => s.index === index.code && s.year === year && s.unit === selection.unit.code && s.component === (parent?.code ?? TOTAL))
    .map((statement) => ({ statement, agrees: statement.componentsUp === count.up && statement.componentsDown === count.down }));
  return {
    index,
    parentResult: parentResult(catalog, index.code, figures, selection.unit.code, year, parent),
    unit: selection.unit,
    group: selection.group,
    year,
    years,
    parent,
    rows,
    periodHasComponents: all.length > 0,
    unitHasScores: rows.some((r) => r.score !== undefined),
    count,
    previousYear: year - 1,
    statements,
    loading,
    comparison: loading.length > 0 ? undefined : comparisonChoice(catalog, index.code, figures, selection, year, parent?.code),
    figures: used,
    sources: sourcesById(catalog, [...used.flatMap((f) => f.sources), ...statements.flatMap((s) => s.statement.sources)]),
  };
}

/**
 * The model's two heatmaps: its components over the comparable years, and the members of its group in its year. Drawn
 * below the table, after its paint: made apart from the model, so that they do not hold up the table's first render.
 */
export function componentsHeatmaps(catalog: Catalog, figures: FiguresByYear, model: ComponentsModel, label: Label): { byYear: Heatmap; byUnit: Heatmap } {
  const { index, unit, group, year, years, loading } = model;
  const components = model.rows.map((r) => r.component);
  return {
    byYear: yearHeatmap(catalog, index.code, figures, { years, loading }, unit.code, year, components, label),
    byUnit: unitHeatmap(catalog, index.code, figures, unit.code, group, year, components, label),
  };
}

/**
 * The years of the drivers slide added from the view: the "year A vs year B" shown, the earlier written only when it
 * is not the year before. Two years across a change of method show no comparison: then the view's drivers chart, of the year before.
 */
export function driversYears({ result }: ComparisonChoice, year: number): Pick<SlideSpec, 'year' | 'from'> {
  if (!result || result.methodBreak) return { year };
  return result.yearA === result.yearB - 1 ? { year: result.yearB } : { year: result.yearB, from: result.yearA };
}
