import { statusCounts } from '@/domain/plans-tasks';
import type { PlanData, Task } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValue } from '@/state/use-view';
import type { TaskGrouping } from '@/state/view-state';
import { latestComponent } from './component-ref';
import { groupTasks } from './task-groups';
import { TaskTable } from './task-table';
import { nameIn, nameOf, shortIn } from '@/i18n/names';
import { selectGrouping } from '@/state/selection';

interface TasksSectionProps {
  catalog: Catalog;
  data: PlanData;
  tasks: readonly Task[];
  today: string;
  groupings: readonly TaskGrouping[];
  showPlan: boolean;
}

/** Tasks grouped as the user chooses (kept in the URL), with the overdue count against today. */
export function TasksSection({ catalog, data, tasks, today, groupings, showPlan }: TasksSectionProps) {
  const t = useMessages().plans;
  const lang = useLang();
  const update = useUpdateView();
  const chosen = useViewValue('by');
  const by = selectGrouping(groupings, chosen) ?? 'status';
  const short = (item: { shortVi: string; shortEn: string }) => shortIn(item, lang);
  const groups = groupTasks(tasks, by, today, {
    agency: (code) => nameOf(data.agencies, code, lang),
    component: (index, code) => {
      const indexDef = catalog.indices.get(index);
      const indexName = indexDef ? short(indexDef) : index;
      const component = code ? latestComponent(catalog, index, code) : undefined;
      if (!code) return t.wholeIndex(indexName);
      return `${indexName} · ${code}${component ? ` · ${nameIn(component, lang)}` : ''}`;
    },
    noIndex: t.noIndex,
    status: (status) => t.statuses[status],
  });
  const counts = statusCounts(tasks, today);
  return (
    <div className="tasks-section">
      <p className="strong">{t.tasksSummary(tasks.length, counts.overdue, counts.in_progress, counts.not_started, counts.done)}</p>
      <p className="hint">{t.asOf(formatDate(today))}</p>
      {groupings.length > 1 && (
        <fieldset className="grouping">
          <legend>{t.groupBy}</legend>
          {groupings.map((g) => (
            <label key={g} className="inline">
              <input type="radio" name="task-grouping" value={g} checked={by === g} onChange={() => update({ by: g })} />
              {t.groupings[g]}
            </label>
          ))}
        </fieldset>
      )}
      {groups.map((group) => (
        <TaskTable key={group.key} catalog={catalog} data={data} tasks={group.tasks} caption={t.groupCaption(group.label, group.tasks.length)} today={today} showPlan={showPlan} />
      ))}
    </div>
  );
}
