import { describe, expect, it } from 'vitest';
import { byUrgency, daysOverdue, effectiveStatus, statusCounts, tasksOfAgency, tasksTargeting } from './plans-tasks';
import type { Task } from './plans-types';
import { tinyCatalog } from './testing/tiny-catalog';
import { tinyPlanData } from './testing/tiny-plans';

const { tasks } = tinyPlanData(tinyCatalog());
const TODAY = '2026-01-15';
const task = (change: Partial<Task>): Task => ({ ...(tasks[0] as Task), ...change });

describe('overdue tasks, against a fixed clock', () => {
  it.each<[string, Partial<Task>, string]>([
    ['deadline passed, in progress', { status: 'in_progress', deadline: '2025-12-31' }, 'overdue'],
    ['deadline passed, not started', { status: 'not_started', deadline: '2026-01-14' }, 'overdue'],
    ['deadline passed but done', { status: 'done', deadline: '2024-01-31' }, 'done'],
    ['deadline is today', { status: 'in_progress', deadline: TODAY }, 'in_progress'],
    ['deadline ahead', { status: 'not_started', deadline: '2030-12-31' }, 'not_started'],
    ['no deadline', { status: 'in_progress', deadline: undefined }, 'in_progress'],
    ['stored as overdue by staff', { status: 'overdue', deadline: '2030-12-31' }, 'overdue'],
  ])('%s', (_, change, expected) => {
    expect(effectiveStatus(task(change), TODAY)).toBe(expected);
  });

  it('counts the days since the deadline', () => {
    expect(daysOverdue(task({ status: 'in_progress', deadline: '2025-12-31' }), TODAY)).toBe(15);
    expect(daysOverdue(task({ status: 'done', deadline: '2025-12-31' }), TODAY)).toBeUndefined();
    expect(daysOverdue(task({ status: 'overdue', deadline: '2030-12-31' }), TODAY)).toBeUndefined();
  });

  it('changes its verdict when the clock moves', () => {
    const t2 = tasks[1] as Task;
    expect(effectiveStatus(t2, TODAY)).toBe('not_started');
    expect(effectiveStatus(t2, '2031-01-01')).toBe('overdue');
  });

  it('sorts overdue first and counts by status', () => {
    expect([...tasks].reverse().sort(byUrgency(TODAY)).map((t) => t.id)).toEqual(['T1', 'T2', 'T3']);
    expect(statusCounts(tasks, TODAY)).toEqual({ overdue: 1, in_progress: 0, not_started: 1, done: 1 });
  });
});

describe('finding tasks', () => {
  it('by the components they target', () => {
    expect(tasksTargeting(tasks, 'papi', ['SC11']).map((t) => t.id)).toEqual(['T1']);
    expect(tasksTargeting(tasks, 'papi', ['D1']).map((t) => t.id)).toEqual(['T1', 'T2']);
    expect(tasksTargeting(tasks, 'par', ['D1'])).toEqual([]);
  });

  it('by the agency that leads or cooperates', () => {
    expect(tasksOfAgency(tasks, 'stp').map((t) => t.id)).toEqual(['T1', 'T2']);
    expect(tasksOfAgency(tasks, 'snv').map((t) => t.id)).toEqual(['T1', 'T3']);
  });
});
