import { levelsAssessed } from '@/domain/assessments';
import { CITY } from '@/domain/city';
import { DEFAULT_INDEX } from '@/domain/codes';
import { TOTAL, type Catalog, type IndexDef, type Unit } from '@/domain/types';
import { DEFAULT_VIEW_STATE, type Level } from './view-state';

/**
 * What a view shows when the URL asks for something it cannot show: every fallback of the selection,
 * in one place. Pure: the views pass what they can show, these functions pick.
 */

/** The chosen index; otherwise PAPI; otherwise the first in catalogue order. With a level, only indices ranking that level count. */
export function selectIndex(catalog: Catalog, code: string, level?: Level): IndexDef | undefined {
  const indices = [...catalog.indices.values()].filter((index) => level === undefined || levelsAssessed(catalog, index.code).includes(level));
  return indices.find((i) => i.code === code) ?? indices.find((i) => i.code === DEFAULT_INDEX) ?? indices[0];
}

/**
 * The chosen year when it has data; otherwise the latest year with data ('latest'), or no year at all
 * ('all': the view then shows every year).
 */
export function selectYear(years: Iterable<number>, year: number | undefined, otherwise: 'latest' | 'all'): number | undefined {
  const known = [...years];
  if (year !== undefined && known.includes(year)) return year;
  return otherwise === 'latest' && known.length > 0 ? Math.max(...known) : undefined;
}

/** The chosen component when the index has it; otherwise the total. */
export function selectComponent(components: readonly { code: string }[], code: string): string {
  return components.some((c) => c.code === code) ? code : TOTAL;
}

/** The chosen units that the view can show, in the order chosen. */
export function selectUnits(pickable: readonly Unit[], codes: readonly string[]): string[] {
  return codes.filter((code) => pickable.some((u) => u.code === code));
}

/**
 * The one unit a view is about: the first chosen that it can show; otherwise the city (`city`: the city's
 * unit of the year shown, domain/city); otherwise the first it can show.
 */
export function selectUnit(pickable: readonly Unit[], codes: readonly string[], city: string = CITY): Unit | undefined {
  const byCode = (code: string) => pickable.find((u) => u.code === code);
  return codes.map(byCode).find((u) => u !== undefined) ?? byCode(city) ?? pickable[0];
}

/** The chosen region or peer group when offered; otherwise the default, the Mekong Delta. */
export function selectGroup(groups: readonly string[], code: string): string {
  return groups.includes(code) ? code : DEFAULT_VIEW_STATE.group;
}

/** The chosen grouping of tasks when offered; otherwise the first offered. */
export function selectGrouping<T extends string>(groupings: readonly T[], by: string): T | undefined {
  return groupings.find((g) => g === by) ?? groupings[0];
}

/**
 * The two years compared, earlier first: the chosen pair when both have results; otherwise the latest
 * year with a result before the year shown, and the year shown. None when no other year has a result.
 */
export function selectComparison(years: readonly number[], chosen: readonly [number, number] | undefined, shown: number): [number, number] | undefined {
  if (chosen && chosen.every((year) => years.includes(year))) return [chosen[0], chosen[1]];
  const before = years.filter((year) => year < shown);
  return before.length > 0 ? [Math.max(...before), shown] : undefined;
}
