import { byUrgency, tasksTargeting } from '@/domain/plans-tasks';
import type { Task } from '@/domain/plans-types';
import type { Component } from '@/domain/types';

export interface ComponentTasks {
  component: Component;
  /** Each task, with the sub-component it names when it targets one rather than the component itself. */
  tasks: { task: Task; via?: string }[];
}

/** For each component shown, the tasks aimed at it or at one of its sub-components; most urgent first. */
export function tasksByComponent(tasks: readonly Task[], index: string, shown: readonly Component[], all: readonly Component[], today: string): ComponentTasks[] {
  return shown.flatMap((component) => {
    const children = all.filter((c) => c.parent === component.code).map((c) => c.code);
    const found = tasksTargeting(tasks, index, [component.code, ...children]).sort(byUrgency(today));
    if (found.length === 0) return [];
    return [{ component, tasks: found.map((task) => ({ task, via: task.components.includes(component.code) ? undefined : task.components.find((c) => children.includes(c)) })) }];
  });
}
