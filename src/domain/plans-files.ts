import type { DataIssue } from './issues';
import { parsePlanCore } from './plans-parse';
import { parseTargets } from './plans-parse-targets';
import { parseTasks } from './plans-parse-tasks';
import type { PlanCore, Target, Task } from './plans-types';
import type { Catalog } from './types';

/** What the parse worker is asked to do with the files of data/plans/. */
export type PlanParseRequest =
  | { file: 'core'; texts: { agencies: string; plans: string }; catalog: Catalog }
  | { file: 'targets'; text: string; catalog: Catalog; core: PlanCore }
  | { file: 'tasks'; text: string; catalog: Catalog; core: PlanCore };

export type PlanParseResponse =
  | { file: 'core'; core?: PlanCore; issues: DataIssue[] }
  | { file: 'targets'; targets: Target[]; issues: DataIssue[] }
  | { file: 'tasks'; tasks: Task[]; issues: DataIssue[] };

export function parsePlanRequest(request: PlanParseRequest): PlanParseResponse {
  switch (request.file) {
    case 'core':
      return { file: 'core', ...parsePlanCore(request.texts, request.catalog) };
    case 'targets':
      return { file: 'targets', ...parseTargets(request.text, request.catalog, request.core) };
    case 'tasks':
      return { file: 'tasks', ...parseTasks(request.text, request.catalog, request.core) };
  }
}
