import { groupMembers } from '@/domain/groups';
import type { FiguresByYear, RankValue } from '@/domain/results';
import { denominatorBreaks, mergeBreaks, seriesBreaks } from '@/domain/series/series-breaks';
import { calendarYears, DENOMINATOR, splitSeries, type SeriesRow } from '@/domain/series/split-series';
import { sourcesOf } from '@/domain/sources';
import { cityChain, isCityCode } from '@/domain/city';
import { MEKONG_DELTA } from '@/domain/codes';
import type { Catalog, IndexDef, Source, Unit } from '@/domain/types';
import type { BumpSet } from '@/state/view-state';
import { yearResults } from './year-results';
import { compareCodes } from '@/domain/text';


export interface BumpSeries {
  key: string;
  unit: Unit;
  segment: number;
}

export interface BumpModel {
  set: BumpSet;
  units: Unit[];
  /** The city's units among them (before and after its merger): drawn strong. */
  city: string[];
  years: number[];
  rows: SeriesRow[];
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

function rankMaps(input: BumpInput, years: readonly number[]) {
  const { catalog, index, byYear, component } = input;
  return new Map(years.map((year) => [year, yearResults(byYear.get(year) ?? [], catalog, index.code, year, component)]));
}

function candidateUnits(input: BumpInput): string[] {
  const { catalog, index, byYear, component, year, set, selected, focus } = input;
  const atLevel = (code: string) => catalog.units.get(code)?.level === index.unitLevel;
  const anchors = index.unitLevel === 'province' ? [...cityChain(catalog).map((u) => u.code), ...(focus ? [focus.code] : [])] : [];
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
  const years = first === undefined || last === undefined ? [] : calendarYears(first, last);
  const breaks = seriesBreaks(catalog, index.code, component, years, 'rank');
  const codes = [...new Set(candidateUnits(input))].filter((code) => catalog.units.has(code));
  const results = rankMaps(input, years);
  const rankIn = (y: number, code: string) => results.get(y)?.get(code)?.rank;
  const ordered = [...codes].sort(
    (a, b) => Number(isCityCode(catalog, b)) - Number(isCityCode(catalog, a)) || (rankIn(year, a)?.rank ?? Infinity) - (rankIn(year, b)?.rank ?? Infinity) || compareCodes(a, b),
  );
  const units = ordered.flatMap((code) => catalog.units.get(code) ?? []);
  const ranked = units.filter((u) => years.some((y) => rankIn(y, u.code)));
  // Ranks out of different totals (63, then 61 when two provinces did not take part) are not joined either.
  const ofChanges = denominatorBreaks(years.flatMap((y) => ranked.flatMap((u) => rankIn(y, u.code) ?? []).slice(0, 1).map((rank) => ({ year: y, of: rank.rankOf }))));
  const { rows, segments } = splitSeries(
    years,
    mergeBreaks(breaks, ofChanges),
    ranked.map((unit) => ({
      id: unit.code,
      pointIn: (y: number) => {
        const rank = rankIn(y, unit.code);
        return rank && { value: rank.rank, extras: { [DENOMINATOR]: rank.rankOf } };
      },
    })),
  );
  const series = segments.flatMap(({ key, id, segment }) => ranked.filter((unit) => unit.code === id).map((unit) => ({ key, unit, segment })));
  const figures = ranked.flatMap((u) => years.flatMap((y) => results.get(y)?.get(u.code)?.figure ?? []));
  return {
    set: input.set,
    units: ranked,
    city: ranked.filter((u) => isCityCode(catalog, u.code)).map((u) => u.code),
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
