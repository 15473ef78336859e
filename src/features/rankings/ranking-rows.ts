import { unitsAssessed } from '@/domain/assessments';
import { breakBetween, periodFor } from '@/domain/methodology';
import { quartileBands, type QuartileBand, type QuartileCutoffs } from '@/domain/quartile-bands';
import { changeOnPrevious, type Change, type RankValue, type YearResult } from '@/domain/results';
import { TOTAL, type Catalog, type Figure, type FigureStatus, type IndexDef, type Unit, type UnitLevel } from '@/domain/types';
import { isCityCode } from '@/domain/city';
import { missingResult, yearResults } from './year-results';

export interface RankingRow {
  unit: Unit;
  region?: Unit;
  status: FigureStatus;
  score?: number;
  /** Other values of the same unit when sources disagree (status conflict). */
  altScores: number[];
  rank?: RankValue;
  change?: Change;
  band?: QuartileBand;
  highlight: boolean;
  figures: Figure[];
}

export interface RowsInput {
  catalog: Catalog;
  index: IndexDef;
  /** The level ranked: the city's index ranks districts to 2024, communes from 2025. */
  level: UnitLevel;
  year: number;
  component: string;
  figures: readonly Figure[];
  previous?: readonly Figure[];
}

/** Whether the scale of the total changed between two years (PAPI 6–60 → 8–80): points are then not comparable. */
export function scaleChanged(catalog: Catalog, index: string, from: number, to: number): boolean {
  const a = periodFor(catalog, index, from);
  const b = periodFor(catalog, index, to);
  return !a || !b || a.totalMin !== b.totalMin || a.totalMax !== b.totalMax;
}

/** Whether the index ranked the same number of units in the year as in the one before (not so across a reorganisation: 63 then 34). */
function sameField(catalog: Catalog, index: string, year: number): boolean {
  return unitsAssessed(catalog, index, year - 1).length === unitsAssessed(catalog, index, year).length;
}

/** What a change on the year before may show: the same for every row of the year, so found once, not once per row. */
interface ChangeRules {
  acrossBreak: boolean;
  comparablePoints: boolean;
  comparablePlaces: boolean;
}

function changeRules({ catalog, index, year, component }: RowsInput): ChangeRules {
  const acrossBreak = breakBetween(catalog, index.code, year - 1, year, component === TOTAL ? 'total' : 'component');
  return {
    acrossBreak,
    comparablePoints: !(component === TOTAL && acrossBreak && scaleChanged(catalog, index.code, year - 1, year)),
    // Places among 63 provinces and among 34 are not the same measure: no "▲ 42" across 01/07/2025.
    comparablePlaces: sameField(catalog, index.code, year),
  };
}

function changeFor(input: RowsInput, rules: ChangeRules, before: YearResult | undefined, current: YearResult): Change | undefined {
  if (!before) return undefined;
  const change = changeOnPrevious([before, current], input.year, input.catalog, input.index.code);
  if (!change) return undefined;
  const points = rules.comparablePoints ? change.points : undefined;
  const places = rules.comparablePlaces ? change.places : undefined;
  return places === undefined && points === undefined ? undefined : { ...change, acrossBreak: rules.acrossBreak, points, places };
}

/** One row per unit of the level that has a row for the component in the year. */
export function rankingRows(input: RowsInput): { rows: RankingRow[]; cutoffs?: QuartileCutoffs } {
  const { catalog, index, level, year, component, figures, previous } = input;
  const current = yearResults(figures, catalog, index.code, year, component);
  const before = previous && yearResults(previous, catalog, index.code, year - 1, component);
  const ofLevel = figures.filter((f) => f.component === component && catalog.units.get(f.unit)?.level === level);
  const byUnit = new Map<string, Figure[]>();
  for (const f of ofLevel) byUnit.set(f.unit, [...(byUnit.get(f.unit) ?? []), f]);
  // A unit that did not take part has a row for the total only: say so for each component too.
  if (component !== TOTAL) {
    for (const f of figures) {
      const gap = f.component === TOTAL && f.status !== 'published' && f.status !== 'conflict';
      if (gap && !byUnit.has(f.unit) && catalog.units.get(f.unit)?.level === level) byUnit.set(f.unit, [{ ...f, component }]);
    }
  }
  const rules = changeRules(input);
  const rows = [...byUnit].flatMap(([code, unitFigures]): RankingRow[] => {
    const unit = catalog.units.get(code);
    if (!unit) return [];
    const result = current.get(code) ?? missingResult(year);
    const first = unitFigures[0];
    // A conflict row has no score in yearResult: the first source's value is shown, the others beside it.
    const scores = unitFigures.flatMap((f) => (f.score !== undefined && (f.status === 'published' || f.status === 'conflict') ? [f.score] : []));
    const score = result.score ?? scores[0];
    return [
      {
        unit,
        region: unit.region ? catalog.units.get(unit.region) : undefined,
        status: first?.status ?? 'published',
        score,
        altScores: scores.filter((s) => s !== score),
        rank: result.rank,
        change: changeFor(input, rules, before && (before.get(code) ?? missingResult(year - 1)), result),
        highlight: isCityCode(catalog, code),
        figures: unitFigures,
      },
    ];
  });
  if (index.rankKind !== 'computed') return { rows };
  const { cutoffs, bands } = quartileBands(rows.flatMap((r) => (r.status === 'published' && r.score !== undefined ? [{ unit: r.unit.code, score: r.score }] : [])));
  return { rows: rows.map((r) => ({ ...r, band: bands.get(r.unit.code)?.band })), cutoffs };
}
