import { readTable } from './catalog';
import type { DataIssue } from './issues';
import { checkCodes, componentKnown, duplicateChecker, readSources } from './plans-parse';
import { PLAN_FILES, TASK_STATUSES, type PlanCore, type Task } from './plans-types';
import type { Catalog } from './types';

const TASK_COLUMNS = ['id', 'plan', 'task_vi', 'responsible', 'cooperating', 'deadline', 'index', 'components', 'status', 'updated'] as const;

/** Reads tasks.csv against the catalogue, the plans and the agencies. */
export function parseTasks(text: string, catalog: Catalog, core: PlanCore): { tasks: Task[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const duplicate = duplicateChecker();
  const agencyKnown = (code: string) => core.agencies.has(code);
  const tasks = readTable(PLAN_FILES.tasks, text, TASK_COLUMNS, issues, (row, line): Task => {
    const id = row.text('id', true);
    duplicate(row, id, 'id');
    const plan = row.text('plan', true);
    if (plan && !core.plans.some((p) => p.code === plan)) row.issue('unknown-plan', 'plan');
    const responsible = row.text('responsible', true);
    checkCodes(row, 'responsible', responsible ? [responsible] : [], agencyKnown, 'unknown-agency');
    const cooperating = row.list('cooperating');
    checkCodes(row, 'cooperating', cooperating, agencyKnown, 'unknown-agency');
    const index = row.optionalText('index');
    if (index && !catalog.indices.has(index)) row.issue('unknown-index', 'index');
    const components = row.list('components');
    if (components.length > 0 && !index) row.issue('missing-value', 'index');
    if (index && catalog.indices.has(index)) checkCodes(row, 'components', components, (c) => componentKnown(catalog, index, c), 'unknown-component');
    return {
      id,
      plan,
      textVi: row.text('task_vi', true),
      textEn: row.text('task_en') || row.text('task_vi'),
      responsible,
      cooperating,
      deadline: row.date('deadline'),
      index,
      components,
      status: row.oneOf('status', TASK_STATUSES) ?? 'not_started',
      updated: row.date('updated'),
      note: row.text('note'),
      sources: readSources(row, catalog, false),
      line,
    };
  });
  return { tasks, issues };
}
