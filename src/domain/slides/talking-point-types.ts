import type { MeanValue, RankValue } from '@/domain/results';
import type { Target } from '@/domain/plans-types';
import type { Component, IndexDef } from '@/domain/types';

/**
 * What a presenter can say about a slide, as facts computed from the data: the gap to the national
 * mean, to the plan's target, the biggest mover. Never a comparison across a change of method or of
 * the number of units ranked, never a list of sources.
 */
export type TalkingPoint =
  | { kind: 'mean'; index: IndexDef; year: number; score: number; mean: MeanValue; gap: number }
  | { kind: 'change'; index: IndexDef; fromYear: number; toYear: number; places?: number; points?: number }
  /** `short`: places or points still to gain (targetGap); 0 when met. */
  | { kind: 'target'; index: IndexDef; target: Target; year: number; rank?: RankValue; score?: number; short: number }
  | { kind: 'rank'; index: IndexDef; year: number; rank: RankValue }
  /** The latest year opens a new method: nothing before it is compared. */
  | { kind: 'break'; index: IndexDef; year: number }
  /** The latest year is the first of the merged city: nothing before it is compared either. */
  | { kind: 'merged'; index: IndexDef; year: number }
  /** The component that moved most from `fromYear` to `year`. */
  | { kind: 'mover'; index: IndexDef; fromYear: number; year: number; component: Component; change: number }
  | { kind: 'component-gap'; index: IndexDef; year: number; component: Component; gap: number; computed: boolean }
  | { kind: 'region'; index: IndexDef; year: number; group: string; position: number; of: number; leader: string; gapToLeader: number };
