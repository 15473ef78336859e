import type { ComparisonRow } from '@/domain/component-comparison';
import type { ComponentResult } from '@/domain/component-results';
import type { TargetEvaluation } from '@/domain/plans-evaluate';
import type { MergerComparison } from '@/domain/city-results';
import type { Change, MeanValue, RankValue } from '@/domain/results';
import type { Component, IndexDef, Source } from '@/domain/types';
import type { SlideSpec } from './slide-code';

interface IndexSlideBase {
  spec: SlideSpec;
  index: IndexDef;
  sources: Source[];
}

export interface YearValue {
  year: number;
  value: number;
}

export interface HeadlineSlide extends IndexSlideBase {
  kind: 'headline';
  year: number;
  /** The unit of the year: the city before or after the merger. */
  unit: string;
  score?: number;
  rank?: RankValue;
  change?: Change;
  /** The first year of the merged city: its predecessors' results of the year before, in place of a change. */
  merger?: MergerComparison;
  mean?: MeanValue;
}

export interface TrendSlide extends IndexSlideBase {
  kind: 'trend';
  /** The unit's scores, drawn split at the breaks (domain/series): a line is never drawn across a change of method. */
  points: YearValue[];
  mean: YearValue[];
  /** `mean` is the computed mean of the provinces (PAPI) in every year, not a published national mean: one measure. */
  meanComputed: boolean;
  /** First years of a new method between the first and the last score. */
  breaks: number[];
  /** First years of a new unit presented (the merged city, 2025): a new line, like a break. */
  unitChanges: number[];
}

export interface RankPoint {
  year: number;
  rank: RankValue;
  /** Worked out from other figures (a reported change), not published: drawn hollow. */
  derived: boolean;
}

export interface RankTrendSlide extends IndexSlideBase {
  kind: 'rank';
  points: RankPoint[];
  /** First years of a new method: the line is split there. */
  breaks: number[];
  /** First years of a new unit presented (the merged city, 2025): a new line, like a break, but not a change of method. */
  unitChanges: number[];
}

export interface RankingBar {
  unit: string;
  score: number;
  /** The national rank, when the index gives one. */
  rank?: RankValue;
}

export interface RankingSlide extends IndexSlideBase {
  kind: 'ranking';
  year: number;
  /** The unit highlighted: the city of that year. */
  unit: string;
  /** The region the unit is compared within (Mekong Delta for Cần Thơ). */
  group: string;
  /** Best first. */
  bars: RankingBar[];
  /** Members of the group in that year: bars may be fewer when some published no score. */
  members: number;
  /** The component ranked; undefined = the total. */
  component?: Component;
}

export interface StandingRow {
  unit: string;
  score?: number;
  rank?: RankValue;
}

/** The year's results of every province we hold, as a small table: where the region cannot be ranked (PAR Index, SIPAS). */
export interface StandingSlide extends IndexSlideBase {
  kind: 'standing';
  year: number;
  /** Best first; only the provinces whose result we hold. */
  rows: StandingRow[];
  mean?: MeanValue;
  component?: Component;
}

export interface ComponentsSlide extends IndexSlideBase {
  kind: 'components';
  year: number;
  /** Weakest first: furthest below the national mean (byGapToNation); each also against the group's mean. */
  rows: ComponentResult[];
  /** The component whose sub-components are shown; undefined = the top level. */
  parent?: Component;
  /** The region or peer group compared with, as chosen in the components view (the unit's region by default). */
  group: string;
}

export interface DriversSlide extends IndexSlideBase {
  kind: 'drivers';
  /** The earlier year compared: the year before unless the spec chose another (the components view's "year A vs year B"). */
  from: number;
  year: number;
  /** Components with a score in both years, comparable across them, biggest rise first. */
  rows: ComparisonRow[];
  /** The component whose sub-components are shown; undefined = the top level. */
  parent?: Component;
  totalChange?: number;
}

export interface TargetsSlide {
  kind: 'targets';
  spec: SlideSpec;
  evaluations: TargetEvaluation[];
  sources: Source[];
}

export interface TitleSlide {
  kind: 'title';
  spec: SlideSpec;
  /** The latest year of any result. */
  year: number;
  headlines: HeadlineSlide[];
  sources: Source[];
}

export type Slide = TitleSlide | HeadlineSlide | TrendSlide | RankTrendSlide | RankingSlide | StandingSlide | ComponentsSlide | DriversSlide | TargetsSlide;
