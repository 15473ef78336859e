import { useId } from 'react';
import { FileErrors } from '@/components/error-callout';
import { TaskStatus } from '@/components/task-status';
import { ViewLink } from '@/components/view-link';
import { effectiveStatus } from '@/domain/plans-tasks';
import type { Component } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { planName } from '@/i18n/plan-name';
import { usePlanData } from '@/queries/use-plan-data';
import { useLang, useMessages, useNames } from '@/state/use-i18n';
import { useToday } from '@/state/use-today';
import { tasksByComponent } from './component-tasks';
import { shortIn, textIn } from '@/i18n/names';

interface PanelProps {
  index: string;
  /** The components listed on the page, and every component of the period (for their sub-components). */
  shown: readonly Component[];
  all: readonly Component[];
}

/** Each component with the plan tasks that target it; each task leads to its plan. */
export function ComponentTasksPanel({ index, shown, all }: PanelProps) {
  const messages = useMessages();
  const t = messages.plans;
  const lang = useLang();
  const today = useToday();
  const headingId = useId();
  const { data, errors } = usePlanData();
  const groups = data ? tasksByComponent(data.tasks, index, shown, all, today) : [];
  const { name } = useNames();
  return (
    <section className="panel component-tasks" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.componentTasks.title}</h2>
      <FileErrors errors={errors} />
      {data && groups.length === 0 && <p className="hint">{t.componentTasks.none}</p>}
      {groups.map(({ component, tasks }) => (
        <div key={component.code} role="group" aria-label={`${component.code} · ${name(component)}`}>
          <h3>
            <span className="code">{component.code}</span> {name(component)} <span className="muted">({t.componentTasks.count(tasks.length)})</span>
          </h3>
          <ul className="task-list">
            {tasks.map(({ task, via }) => {
              const agency = data?.agencies.get(task.responsible);
              const plan = data?.plans.find((p) => p.code === task.plan);
              return (
                <li key={task.id} className={effectiveStatus(task, today) === 'overdue' ? 'task-overdue' : undefined}>
                  <span className="strong">{textIn(task, lang)}</span>
                  {via && <span className="muted"> ({t.componentTasks.via(via)})</span>}
                  <span className="task-facts">
                    {agency ? shortIn(agency, lang) : task.responsible}
                    {task.deadline && ` · ${formatDate(task.deadline)}`} · <TaskStatus task={task} today={today} /> ·{' '}
                    <ViewLink change={{ view: 'plans', plan: task.plan, agency: undefined }}>{plan ? planName(plan, t) : task.plan}</ViewLink>
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
