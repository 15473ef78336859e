import type { ChartRow, XEvent, YBand } from '@/charts/types';
import { successionChain } from '@/domain/lineage';
import { unitInYear, unitsExistingOn } from '@/domain/plans-evaluate';
import type { Plan, PlanData, Target } from '@/domain/plans-types';
import { niceTicks, rankAxis } from '@/domain/series/axis';
import type { Catalog } from '@/domain/types';
import { calendarYears } from '@/domain/series/split-series';
import type { Measure } from '@/state/view-state';

export const PLAN_COLOR = '#6941c6';
export const TARGET_COLOR = '#0e9384';

export interface PlanMarker {
  plan: Plan;
  /** Written at the top of its line: the plan's number, or its date when it has none. */
  badge: string;
}

export interface TargetMark {
  target: Target;
  plan?: Plan;
  /** Drawn as a band: a rank target on a rank chart, a score target on a score chart. */
  drawn: boolean;
  /** Set when the target year is measured on another unit (N25-can-tho from 2025), with the number of units then. */
  newUnit?: { code: string; count: number };
}

export interface PlanOverlay {
  markers: PlanMarker[];
  /** Plans adopted after the last year with data: named in the notes, not drawn. */
  later: Plan[];
  events: XEvent[];
  targets: TargetMark[];
  bands: YBand[];
  /** The chart's rows, extended with empty years up to the year of a target drawn beyond the data. */
  rows: ChartRow[];
  yDomain: [number, number];
  yTicks: number[];
}

export interface OverlayInput {
  catalog: Catalog;
  data: PlanData;
  index: string;
  component: string;
  measure: Measure;
  units: readonly string[];
  rows: readonly ChartRow[];
  range: { from: number; to: number };
  bounds: { min: number; max: number };
  yDomain: [number, number];
  bandLabel: (target: Target) => string;
  /** The label of a plan's marker when it has no number (its date). */
  dateLabel: (iso: string) => string;
}

/** 2022-07-12 → 2022.53: where a date sits between the yearly points. */
export function yearFraction(iso: string): number {
  const year = Number(iso.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const days = (Date.UTC(year + 1, 0, 1) - start) / 86_400_000;
  return Math.round((year + (Date.parse(iso) - start) / 86_400_000 / days) * 1000) / 1000;
}

/** A rank target on a rank chart, a score target on a score chart. */
export const drawable = (target: Target, measure: Measure) =>
  (measure === 'rank' && target.goal.kind === 'rank-at-most') || (measure === 'score' && target.goal.kind === 'score-at-least');

/**
 * Plans adopted within the chart's years, as lines labelled with their number, and the targets of the charted
 * units within those years, as bands. The axis ends at the last year charted: later plans and targets are notes.
 */
export function buildPlanOverlay(input: OverlayInput): PlanOverlay {
  const { catalog, data, index, component, measure, units, range, bounds, bandLabel, dateLabel } = input;
  const targets = data.targets.filter((t) => t.index === index && t.component === component && successionChain(catalog, t.unit).some((u) => units.includes(u.code)));
  const plans = data.plans.filter((p) => p.indices.includes(index));
  // The axis ends at the last year with data, or at the year of a target drawn (a band labelled where it is), never for a plan.
  const targetYears = targets.filter((t) => drawable(t, measure)).map((t) => t.targetYear);
  const to = range.to === bounds.max ? Math.max(range.to, ...targetYears) : range.to;
  const marks: TargetMark[] = targets.map((target) => {
    const code = unitInYear(catalog, target.unit, target.targetYear);
    const unit = catalog.units.get(code);
    const newUnit = code !== target.unit && unit ? { code, count: unitsExistingOn(catalog, unit.level, `${target.targetYear}-12-31`) } : undefined;
    const inRange = target.targetYear >= range.from && target.targetYear <= to;
    return { target, plan: data.plans.find((p) => p.code === target.plan), drawn: inRange && drawable(target, measure), newUnit };
  });
  let [low, high] = input.yDomain;
  const bands = marks.flatMap(({ target, drawn }): YBand[] => {
    const { goal, targetYear } = target;
    const x = { x1: targetYear - 0.4, x2: targetYear + 0.4, color: TARGET_COLOR, label: bandLabel(target) };
    if (!drawn) return [];
    if (goal.kind === 'rank-at-most') {
      high = Math.max(high, goal.rank);
      return [{ ...x, y1: 1, y2: goal.rank }];
    }
    if (goal.kind !== 'score-at-least') return [];
    low = Math.min(low, Math.floor(goal.score));
    high = Math.max(high, Math.ceil(goal.score) + 1);
    return [{ ...x, y1: goal.score, y2: high }];
  });
  const markers = plans.filter((p) => yearFraction(p.date) >= range.from && yearFraction(p.date) <= range.to).map((plan) => ({ plan, badge: plan.number || dateLabel(plan.date) }));
  return {
    markers,
    later: plans.filter((p) => yearFraction(p.date) > range.to),
    events: markers.map(({ plan, badge }) => ({ x: yearFraction(plan.date), badge, color: PLAN_COLOR })),
    targets: marks,
    bands,
    rows: [...input.rows, ...calendarYears(range.to + 1, to).map((year) => ({ year }))],
    yDomain: [low, high],
    yTicks: measure === 'rank' ? rankAxis(high).ticks : niceTicks([low, high]),
  };
}
