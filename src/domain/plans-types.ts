import type { QuartileBand } from './quartile-bands';
import type { ImportOrigin, NamedEntry } from './types';

/** The files of data/plans/, as named to people (relative to data/). */
export const PLAN_FILES = {
  agencies: 'plans/agencies.csv',
  plans: 'plans/plans.csv',
  targets: 'plans/targets.csv',
  tasks: 'plans/tasks.csv',
} as const;

/** The full header of the files staff enter, in the order of the bundled files (required and optional columns). */
export const PLAN_FILE_COLUMNS = {
  targets: ['plan', 'index', 'component', 'unit', 'kind', 'value', 'group', 'target_year', 'note', 'source'],
  tasks: ['id', 'plan', 'task_vi', 'task_en', 'responsible', 'cooperating', 'deadline', 'index', 'components', 'status', 'updated', 'note', 'source'],
} as const satisfies Record<'targets' | 'tasks', readonly string[]>;

export const PLAN_KINDS = ['plan', 'joint-plan', 'regulation', 'conference'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const TARGET_KINDS = ['rank-at-most', 'score-at-least', 'group', 'top-in-group'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const TASK_STATUSES = ['not_started', 'in_progress', 'done', 'overdue'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A department, committee or other body that issues plans or carries out tasks. */
export type Agency = NamedEntry;

/** An improvement plan or another instrument (decision, regulation, conference). */
export interface Plan {
  code: string;
  /** Official number ("153/KH-UBND"); empty when the instrument has none or it was not found. */
  number: string;
  kind: PlanKind;
  /** ISO date of adoption. */
  date: string;
  titleVi: string;
  titleEn: string;
  issuers: string[];
  fromYear: number;
  toYear?: number;
  /** Codes of dashboard indices (indices.csv) the plan covers. */
  indices: string[];
  /** Names of other indices it covers that the dashboard does not track (PCI, PGI). */
  otherIndices: string[];
  /** The unit the plan is about (P59, or N25-can-tho for plans after the 2025 merger). */
  unit: string;
  /** Year whose results the plan takes as its starting point. */
  baselineYear?: number;
  summaryVi: string;
  summaryEn: string;
  sources: string[];
  note: string;
}

/** What a target asks for; a rank or position is "at most N" (1 = best). */
export type TargetGoal =
  | { kind: 'rank-at-most'; rank: number }
  | { kind: 'score-at-least'; score: number }
  | { kind: 'group'; band: QuartileBand }
  | { kind: 'top-in-group'; position: number; group: string };

export interface Target {
  plan: string;
  index: string;
  component: string;
  /** The unit the target was set for; a later year is measured on its successor. */
  unit: string;
  goal: TargetGoal;
  targetYear: number;
  note: string;
  sources: string[];
  line: number;
  /** Set when the item comes from a file imported in the browser. */
  imported?: ImportOrigin;
}

export interface Task {
  id: string;
  plan: string;
  textVi: string;
  textEn: string;
  responsible: string;
  cooperating: string[];
  deadline?: string;
  index?: string;
  /** Component codes of `index` the task is meant to move; empty = the index as a whole. */
  components: string[];
  /** Status as stored; see effectiveStatus for the one shown. */
  status: TaskStatus;
  updated?: string;
  note: string;
  sources: string[];
  line: number;
  /** Set when the item comes from a file imported in the browser. */
  imported?: ImportOrigin;
}

export interface PlanCore {
  /** By code, in the alphabetical order of their Vietnamese names. */
  agencies: ReadonlyMap<string, Agency>;
  /** In order of adoption, oldest first. */
  plans: readonly Plan[];
}

export interface PlanData extends PlanCore {
  targets: readonly Target[];
  tasks: readonly Task[];
}
