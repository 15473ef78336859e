import type { DataIssue } from './issues';
import type { Agency, Plan, PlanCore, Target, Task } from './plans-types';

/**
 * The files of data/plans/ as the app's parser reads them, made at build time (plans-pack.ts, vite-plan-pack.ts) and
 * carried as JSON: each file's items, or its problems. A file with problems gives no items, and without agencies and plans
 * the targets and tasks cannot be checked, so they are not read.
 */
export interface PlanPack {
  core?: { agencies: Agency[]; plans: Plan[] };
  targets: Target[];
  tasks: Task[];
  issues: { core: DataIssue[]; targets: DataIssue[]; tasks: DataIssue[] };
}

/** The agencies and plans again, the agencies keyed by code as parsePlanCore keys them. */
export const planCoreFromPack = (core: NonNullable<PlanPack['core']>): PlanCore => ({ agencies: new Map(core.agencies.map((agency) => [agency.code, agency])), plans: core.plans });
