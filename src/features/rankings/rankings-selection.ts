import { levelsAssessed, unitsAssessed, yearsAtLevel } from '@/domain/assessments';
import { periodFor } from '@/domain/methodology';
import type { FiguresByYear } from '@/domain/results';
import { TOTAL, type Catalog, type Component, type IndexDef, type Unit } from '@/domain/types';
import { CITY, cityCodeIn } from '@/domain/city';
import { selectComponent, selectUnit } from '@/state/selection';
import type { Level } from '@/state/view-state';
import { compareCodes } from '@/domain/text';

/** Indices that rank units of the level in some year (assessments.csv), in catalogue order. */
export function indicesAtLevel(catalog: Catalog, level: Level): IndexDef[] {
  return [...catalog.indices.values()].filter((index) => levelsAssessed(catalog, index.code).includes(level));
}

/** Years that have a file and in which the index ranks units of the level, newest first: the city's index ranks districts to 2024, communes from 2025. */
export function yearsWithData(byYear: FiguresByYear, catalog: Catalog, index: string, level: Level): number[] {
  const span = yearsAtLevel(catalog, index, level);
  const ranked = (year: number) => span !== undefined && span.from <= year && (span.to === undefined || year <= span.to);
  return [...byYear.keys()].filter(ranked).sort((a, b) => b - a);
}

export interface ComponentChoice {
  code: string;
  component?: Component;
  depth: number;
}

/** Total, then each component of the period covering the year with its sub-components after it. */
export function componentChoices(catalog: Catalog, index: string, year: number | undefined): ComponentChoice[] {
  const total: ComponentChoice = { code: TOTAL, depth: 0 };
  const period = year === undefined ? undefined : periodFor(catalog, index, year);
  if (!period) return [total];
  const all = catalog.components.filter((c) => c.index === index && c.period === period.period);
  const byOrder = (a: Component, b: Component) => a.order - b.order || compareCodes(a.code, b.code);
  const childrenOf = (parent: string | undefined, depth: number): ComponentChoice[] =>
    all
      .filter((c) => c.parent === parent)
      .sort(byOrder)
      .flatMap((c) => [{ code: c.code, component: c, depth }, ...childrenOf(c.code, depth + 1)]);
  return [total, ...childrenOf(undefined, 1)];
}

/** The choice of the selected component, the total when the period lacks it. */
export function resolveComponent(choices: readonly ComponentChoice[], code: string): ComponentChoice {
  const chosen = selectComponent(choices, code);
  return choices.find((c) => c.code === chosen) ?? { code: TOTAL, depth: 0 };
}

/** Units of a level assessed in the year (assessments.csv): 63 provinces to 2024 and 34 from 2025, the 9 districts to 2024. */
export function unitsAssessedIn(catalog: Catalog, level: Level, year: number): Unit[] {
  return unitsAssessed(catalog, undefined, year, level);
}

/** The unit whose position in its groups is shown: the first selected province, the city of the year by default. */
export function focusUnit(catalog: Catalog, level: Level, units: readonly string[], index?: string, year?: number): Unit | undefined {
  if (level !== 'province') return undefined;
  const shown = units.map((code) => cityCodeIn(catalog, index, year, code));
  return selectUnit([...catalog.units.values()].filter((u) => u.level === 'province'), shown, cityCodeIn(catalog, index, year, CITY));
}
