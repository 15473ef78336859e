import { groupMembers } from '@/domain/groups';
import { breakBetween } from '@/domain/methodology';
import type { FiguresByYear, RankValue } from '@/domain/results';
import { sourcesOf } from '@/domain/sources';
import { CAN_THO, MEKONG_DELTA } from '@/domain/codes';
import { TOTAL, type Catalog, type IndexDef, type Source, type Unit } from '@/domain/types';
import type { BumpSet } from '@/state/view-state';
import { isCanTho } from '@/domain/codes';
import { yearResults } from './year-results';


export type BumpRow = Record<string, number | null>;

export interface BumpSeries {
  key: string;
  unit: Unit;
  segment: number;
}

export interface BumpModel {
  set: BumpSet;
  units: Unit[];
  years: number[];
  rows: BumpRow[];
  series: BumpSeries[];
  /** First year of each new comparable period: lines are not drawn across it. */
  breaks: number[];
  maxRank: number;
  table: { unit: Unit; ranks: (RankValue | undefined)[] }[];
  /** Units in the set that have no rank in any year. */
  unranked: Unit[];
  sources: Source[];
}

export interface BumpInput {
  catalog: Catalog;
  index: IndexDef;
  byYear: FiguresByYear;
  component: string;
  year: number;
  set: BumpSet;
  selected: readonly string[];
  focus?: Unit;
}

/** Key of a series value in a row; `${key}:of` holds the rank's denominator. */
export const seriesKey = (unit: string, segment: number) => `${unit}|${segment}`;

function rankMaps(input: BumpInput, years: readonly number[]) {
  const { catalog, index, byYear, component } = input;
  return new Map(years.map((year) => [year, yearResults(byYear.get(year) ?? [], catalog, index.code, year, component)]));
}

function candidateUnits(input: BumpInput): string[] {
  const { catalog, index, byYear, component, year, set, selected, focus } = input;
  const atLevel = (code: string) => catalog.units.get(code)?.level === index.unitLevel;
  const anchors = index.unitLevel === 'province' ? [CAN_THO, ...(focus ? [focus.code] : [])] : [];
  const figures = byYear.get(year) ?? [];
  switch (set) {
    case 'mekong':
      if (index.unitLevel !== 'province') return [...new Set([...byYear.values()].flat().filter((f) => f.component === component && f.rank !== undefined && atLevel(f.unit)).map((f) => f.unit))];
      return [...anchors, ...groupMembers(catalog, MEKONG_DELTA, year)];
    case 'top10': {
      const results = yearResults(figures, catalog, index.code, year, component);
      return [...anchors, ...[...results].filter(([code, r]) => atLevel(code) && (r.rank?.rank ?? Infinity) <= 10).map(([code]) => code)];
    }
    case 'selected':
      return selected.filter(atLevel);
  }
}

/** Ranks over the years for a set of units, split into one series per unit and comparable period. */
export function buildBump(input: BumpInput): BumpModel {
  const { catalog, index, byYear, component, year } = input;
  const loaded = [...byYear.keys()].sort((a, b) => a - b);
  const first = loaded[0];
  const last = loaded.at(-1);
  const years = first === undefined || last === undefined ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const kind = component === TOTAL ? 'total' : 'component';
  const breaks = years.filter((y, i) => i > 0 && breakBetween(catalog, index.code, y - 1, y, kind));
  const segmentOf = (y: number) => breaks.filter((b) => b <= y).length;
  const codes = [...new Set(candidateUnits(input))].filter((code) => catalog.units.has(code));
  const results = rankMaps(input, years);
  const rankIn = (y: number, code: string) => results.get(y)?.get(code)?.rank;
  const ordered = [...codes].sort(
    (a, b) => Number(isCanTho(b)) - Number(isCanTho(a)) || (rankIn(year, a)?.rank ?? Infinity) - (rankIn(year, b)?.rank ?? Infinity) || a.localeCompare(b),
  );
  const units = ordered.flatMap((code) => catalog.units.get(code) ?? []);
  const ranked = units.filter((u) => years.some((y) => rankIn(y, u.code)));
  const series = ranked.flatMap((unit) => [...new Set(years.filter((y) => rankIn(y, unit.code)).map(segmentOf))].map((segment) => ({ key: seriesKey(unit.code, segment), unit, segment })));
  const rows = years.map((y) => {
    const row: BumpRow = { year: y };
    for (const s of series) {
      const rank = s.segment === segmentOf(y) ? rankIn(y, s.unit.code) : undefined;
      row[s.key] = rank?.rank ?? null;
      row[`${s.key}:of`] = rank?.rankOf ?? null;
    }
    return row;
  });
  const figures = ranked.flatMap((u) => years.flatMap((y) => results.get(y)?.get(u.code)?.figure ?? []));
  return {
    set: input.set,
    units: ranked,
    years,
    rows,
    series,
    breaks,
    maxRank: Math.max(1, ...ranked.flatMap((u) => years.map((y) => rankIn(y, u.code)?.rankOf ?? 1))),
    table: ranked.map((unit) => ({ unit, ranks: years.map((y) => rankIn(y, unit.code)) })),
    unranked: units.filter((u) => !ranked.includes(u)),
    sources: sourcesOf(catalog, figures),
  };
}
