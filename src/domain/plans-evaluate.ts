import { positionInGroup, type GroupPosition } from './groups';
import { lastAssessedYear } from './assessments';
import { successionChain } from './lineage';
import type { Target } from './plans-types';
import { QUARTILE_BANDS, quartileBands, type QuartileBand } from './quartile-bands';
import { rankableFigures } from './ranking';
import { yearResult, type FiguresByYear, type RankValue } from './results';
import type { Catalog, Figure } from './types';

/**
 * - met / not-met: the target year has a result for the unit;
 * - not-yet: the target year's results are not published yet;
 * - no-data: the year is published but holds no result of this kind for the unit;
 * - not-measurable: the data can never say (group targets of an index whose groups we do not hold).
 */
export type TargetOutcome = 'met' | 'not-met' | 'not-yet' | 'no-data' | 'not-measurable';

/** A unit's result in one year, in the terms of the target, and whether it meets it. */
export interface Measurement {
  year: number;
  unit: string;
  meets: boolean;
  score?: number;
  rank?: RankValue;
  band?: QuartileBand;
  position?: GroupPosition;
}

export interface TargetEvaluation {
  target: Target;
  outcome: TargetOutcome;
  /** The unit whose result counts in the target year: the target's unit, or its successor. */
  measuredUnit: string;
  atTarget?: Measurement;
  /** Without a result in the target year: the latest earlier result, of the unit of its own year. */
  latest?: Measurement;
}

/** The unit whose result counts in a year: the unit while it exists, then its successor (P59 → N25-can-tho from 2025). */
export function unitInYear(catalog: Catalog, code: string, year: number): string {
  const chain = successionChain(catalog, code);
  return (chain.find((unit) => (lastAssessedYear(catalog, unit) ?? Infinity) >= year) ?? chain.at(-1))?.code ?? code;
}

/** Number of units of a level that exist on a date (34 provinces on 2025-12-31, 63 before the merger). */
export function unitsExistingOn(catalog: Catalog, level: string, date: string): number {
  return [...catalog.units.values()].filter((u) => u.level === level && (u.validFrom ?? '') <= date && (u.validTo ?? '9999') >= date).length;
}

const at6 = (value: number) => Math.round(value * 1e6);

function measure(catalog: Catalog, figures: readonly Figure[], year: number, unit: string, target: Target): Measurement | undefined {
  const { goal, index, component } = target;
  switch (goal.kind) {
    case 'rank-at-most': {
      const rank = yearResult(figures, catalog, index, year, unit, component).rank;
      return rank && { year, unit, rank, meets: rank.rank <= goal.rank };
    }
    case 'score-at-least': {
      const score = yearResult(figures, catalog, index, year, unit, component).score;
      return score === undefined ? undefined : { year, unit, score, meets: at6(score) >= at6(goal.score) };
    }
    case 'group': {
      const entries = rankableFigures(figures, catalog, index, component).map((f) => ({ unit: f.unit, score: f.score ?? 0 }));
      const band = quartileBands(entries).bands.get(unit)?.band;
      return band && { year, unit, band, meets: QUARTILE_BANDS.indexOf(band) <= QUARTILE_BANDS.indexOf(goal.band) };
    }
    case 'top-in-group': {
      const position = positionInGroup(figures, catalog, index, component, unit, goal.group, year);
      return position && { year, unit, position, meets: position.position <= goal.position };
    }
  }
}

/** Target against actual, from the loaded years of the target's index. */
export function evaluateTarget(catalog: Catalog, byYear: FiguresByYear, target: Target): TargetEvaluation {
  const measuredUnit = unitInYear(catalog, target.unit, target.targetYear);
  // Groups are computed quartile bands; an index with official ranks publishes groups we do not hold.
  if (target.goal.kind === 'group' && catalog.indices.get(target.index)?.rankKind !== 'computed') return { target, outcome: 'not-measurable', measuredUnit };
  const figures = byYear.get(target.targetYear);
  const atTarget = figures && measure(catalog, figures, target.targetYear, measuredUnit, target);
  if (atTarget) return { target, outcome: atTarget.meets ? 'met' : 'not-met', measuredUnit, atTarget };
  const years = [...byYear.keys()].sort((a, b) => b - a);
  let latest: Measurement | undefined;
  for (const year of years.filter((y) => y < target.targetYear)) {
    latest = measure(catalog, byYear.get(year) ?? [], year, unitInYear(catalog, target.unit, year), target);
    if (latest) break;
  }
  const lastYear = years[0];
  return { target, outcome: lastYear === undefined || target.targetYear > lastYear ? 'not-yet' : 'no-data', measuredUnit, latest };
}
