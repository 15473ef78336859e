import { byUrgency, effectiveStatus, statusCounts } from '@/domain/plans-tasks';
import type { Task, TaskStatus } from '@/domain/plans-types';
import type { TaskGrouping } from '@/state/view-state';
import { compareText } from '@/domain/collate';
import { compareCodes } from '@/domain/text';

export interface TaskGroup {
  key: string;
  label: string;
  tasks: Task[];
  overdue: number;
}

export interface GroupLabels {
  agency: (code: string) => string;
  /** A component of an index; `undefined` code = the index as a whole. */
  component: (index: string, code?: string) => string;
  noIndex: string;
  status: (status: TaskStatus) => string;
}

const ORDER: readonly TaskStatus[] = ['overdue', 'in_progress', 'not_started', 'done'];

/** The keys a task is filed under: a task aimed at two components appears under both. */
function keysOf(task: Task, by: TaskGrouping, today: string): string[] {
  switch (by) {
    case 'agency':
      return [task.responsible];
    case 'status':
      return [effectiveStatus(task, today)];
    case 'component':
      if (!task.index) return [''];
      return task.components.length > 0 ? task.components.map((c) => `${task.index}:${c}`) : [`${task.index}:`];
  }
}

function labelOf(key: string, by: TaskGrouping, labels: GroupLabels): string {
  if (by === 'agency') return labels.agency(key);
  if (by === 'status') return labels.status(key as TaskStatus);
  if (key === '') return labels.noIndex;
  const [index = '', code] = key.split(':');
  return labels.component(index, code || undefined);
}

/** Tasks grouped by agency, component or status; groups with overdue tasks first, overdue tasks first within. */
export function groupTasks(tasks: readonly Task[], by: TaskGrouping, today: string, labels: GroupLabels): TaskGroup[] {
  const groups = new Map<string, Task[]>();
  for (const task of tasks) for (const key of keysOf(task, by, today)) groups.set(key, [...(groups.get(key) ?? []), task]);
  const byLabel = compareText('vi');
  return [...groups]
    .map(([key, list]) => ({ key, label: labelOf(key, by, labels), tasks: list.sort(byUrgency(today)), overdue: statusCounts(list, today).overdue }))
    .sort((a, b) =>
      by === 'status'
        ? ORDER.indexOf(a.key as TaskStatus) - ORDER.indexOf(b.key as TaskStatus)
        : b.overdue - a.overdue || (a.key === '' ? 1 : 0) - (b.key === '' ? 1 : 0) || byLabel(a.label, b.label),
    );
}

export interface AgencyRow {
  agency: string;
  total: number;
  overdue: number;
  open: number;
  done: number;
}

/** For each responsible agency: how many tasks, how many late; the latest first. */
export function agencyRows(tasks: readonly Task[], today: string): AgencyRow[] {
  const byAgency = new Map<string, Task[]>();
  for (const task of tasks) byAgency.set(task.responsible, [...(byAgency.get(task.responsible) ?? []), task]);
  return [...byAgency]
    .map(([agency, list]) => {
      const counts = statusCounts(list, today);
      return { agency, total: list.length, overdue: counts.overdue, open: counts.in_progress + counts.not_started, done: counts.done };
    })
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || compareCodes(a.agency, b.agency));
}

