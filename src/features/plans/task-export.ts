import type { ExportTable } from '@/domain/export/csv-writer';
import { effectiveStatus } from '@/domain/plans-tasks';
import { PLAN_FILE_COLUMNS, type Task, type TaskStatus } from '@/domain/plans-types';

type Columns = { task: string; plan: string; responsible: string; cooperating: string; deadline: string; components: string; status: string; updated: string };

/** The task table as shown, with the status as of today (an overdue task says so whatever was stored). */
export function tasksExportTable(tasks: readonly Task[], today: string, columns: Columns, text: (task: Task) => string, status: (s: TaskStatus) => string): ExportTable {
  return {
    header: [columns.task, columns.plan, columns.responsible, columns.cooperating, columns.deadline, columns.components, columns.status, columns.updated],
    rows: tasks.map((task) => [
      text(task),
      task.plan,
      task.responsible,
      task.cooperating.join('; '),
      task.deadline,
      [task.index, ...task.components].filter(Boolean).join(' '),
      status(effectiveStatus(task, today)),
      task.updated,
    ]),
  };
}

/** Tasks in the schema of data/plans/tasks.csv. */
export function tasksCanonicalTable(tasks: readonly Task[]): ExportTable {
  return {
    header: [...PLAN_FILE_COLUMNS.tasks],
    rows: tasks.map((t) => [t.id, t.plan, t.textVi, t.textEn, t.responsible, t.cooperating.join(';'), t.deadline, t.index, t.components.join(';'), t.status, t.updated, t.note, t.sources.join(';')]),
  };
}
