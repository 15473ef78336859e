import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { tinyPlanData } from '@/domain/testing/tiny-plans';
import { tasksByComponent } from './component-tasks';

const catalog = tinyCatalog();
const { tasks } = tinyPlanData(catalog);
const all = catalog.components.filter((c) => c.index === 'papi');
const byCode = (code: string) => all.filter((c) => c.code === code);

describe('tasks listed with the components they target', () => {
  it('lists, under a dimension, the tasks aimed at it or at its sub-dimensions, most urgent first', () => {
    const [d1] = tasksByComponent(tasks, 'papi', byCode('D1'), all, '2026-01-15');
    expect(d1?.component.code).toBe('D1');
    expect(d1?.tasks.map((t) => [t.task.id, t.via])).toEqual([
      ['T1', undefined],
      ['T2', undefined],
    ]);
  });

  it('names the sub-dimension a task targets when it is listed under the parent', () => {
    const onlySub = tasks.map((t) => (t.id === 'T1' ? { ...t, components: ['SC11'] } : t));
    expect(tasksByComponent(onlySub, 'papi', byCode('D1'), all, '2026-01-15')[0]?.tasks[0]).toMatchObject({ task: { id: 'T1' }, via: 'SC11' });
  });

  it('leaves out components without tasks and tasks of other indices', () => {
    expect(tasksByComponent(tasks, 'papi', byCode('SC11'), all, '2026-01-15').map((g) => g.tasks.length)).toEqual([1]);
    expect(tasksByComponent(tasks, 'par', catalog.components.filter((c) => c.index === 'par'), all, '2026-01-15')).toEqual([]);
  });
});
