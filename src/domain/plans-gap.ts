import type { Measurement } from './plans-evaluate';
import type { TargetGoal } from './plans-types';

/** How far a result is from its target: places to climb for a rank target, points to gain for a score target. */
export type TargetGap = { kind: 'places' | 'points'; from: number; to: number; by: number };

/** Undefined when the goal is not a rank or a score, or when the result already meets it. */
export function targetGap(goal: TargetGoal, measurement: Measurement): TargetGap | undefined {
  if (measurement.meets) return undefined;
  if (goal.kind === 'rank-at-most' && measurement.rank) {
    const from = measurement.rank.rank;
    return { kind: 'places', from, to: goal.rank, by: from - goal.rank };
  }
  if (goal.kind === 'score-at-least' && measurement.score !== undefined) {
    const from = measurement.score;
    return { kind: 'points', from, to: goal.score, by: goal.score - from };
  }
  return undefined;
}
