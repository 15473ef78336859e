import type { DataIssue } from './issues';
import { parseTargets } from './plans-parse-targets';
import { parseTasks } from './plans-parse-tasks';
import type { PlanCore, Target, Task } from './plans-types';
import type { Catalog } from './types';

/**
 * What the parse worker is asked to do with a plan file imported in the browser (targets or tasks, checked against the
 * bundled agencies and plans, which are read at build time: plans-pack.ts).
 */
export type PlanParseRequest =
  | { file: 'targets'; text: string; catalog: Catalog; core: PlanCore }
  | { file: 'tasks'; text: string; catalog: Catalog; core: PlanCore };

export type PlanParseResponse =
  | { file: 'targets'; targets: Target[]; issues: DataIssue[] }
  | { file: 'tasks'; tasks: Task[]; issues: DataIssue[] };

export function parsePlanRequest(request: PlanParseRequest): PlanParseResponse {
  switch (request.file) {
    case 'targets':
      return { file: 'targets', ...parseTargets(request.text, request.catalog, request.core) };
    case 'tasks':
      return { file: 'tasks', ...parseTasks(request.text, request.catalog, request.core) };
  }
}
