import type { Task, TaskStatus } from './plans-types';
import { compareCodes } from './text';

/**
 * The status shown: a task is overdue when its deadline has passed and it is not done, whatever its
 * stored status. `today` is an ISO date (the clock is injected, so tests can fix it).
 */
export function effectiveStatus(task: Task, today: string): TaskStatus {
  if (task.status === 'done') return 'done';
  if (task.deadline !== undefined && task.deadline < today) return 'overdue';
  return task.status;
}

/** Whole days since the deadline of an overdue task. */
export function daysOverdue(task: Task, today: string): number | undefined {
  if (effectiveStatus(task, today) !== 'overdue' || task.deadline === undefined || task.deadline >= today) return undefined;
  return Math.round((Date.parse(today) - Date.parse(task.deadline)) / 86_400_000);
}

const URGENCY: Record<TaskStatus, number> = { overdue: 0, in_progress: 1, not_started: 2, done: 3 };

/** Overdue first, then by deadline (none last), then by id. */
export function byUrgency(today: string) {
  return (a: Task, b: Task) =>
    URGENCY[effectiveStatus(a, today)] - URGENCY[effectiveStatus(b, today)] ||
    compareCodes(a.deadline ?? '9999', b.deadline ?? '9999') ||
    compareCodes(a.id, b.id);
}

export function statusCounts(tasks: readonly Task[], today: string): Record<TaskStatus, number> {
  const counts: Record<TaskStatus, number> = { overdue: 0, in_progress: 0, not_started: 0, done: 0 };
  for (const task of tasks) counts[effectiveStatus(task, today)] += 1;
  return counts;
}

/** Tasks of an index aimed at any of the given component codes. */
export function tasksTargeting(tasks: readonly Task[], index: string, codes: readonly string[]): Task[] {
  return tasks.filter((task) => task.index === index && task.components.some((code) => codes.includes(code)));
}

/** Every task an agency leads or cooperates on. */
export function tasksOfAgency(tasks: readonly Task[], agency: string): Task[] {
  return tasks.filter((task) => task.responsible === agency || task.cooperating.includes(agency));
}
