import { ExportButtons } from '@/components/export-buttons';
import { TaskStatus } from '@/components/task-status';
import { ViewLink } from '@/components/view-link';
import { effectiveStatus } from '@/domain/plans-tasks';
import type { PlanData, Task } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { planName } from '@/i18n/plan-name';
import { useLang, useMessages } from '@/state/use-i18n';
import { componentView, latestComponent } from './component-ref';
import { tasksCanonicalTable, tasksExportTable } from './task-export';
import { shortIn, textIn } from '@/i18n/names';

interface TaskTableProps {
  catalog: Catalog;
  data: PlanData;
  tasks: readonly Task[];
  caption: string;
  today: string;
  showPlan: boolean;
}

/** Tasks with their agencies, deadline, status and the components they target; overdue rows stand out. */
export function TaskTable({ catalog, data, tasks, caption, today, showPlan }: TaskTableProps) {
  const t = useMessages().plans;
  const lang = useLang();
  const agency = (code: string) => {
    const found = data.agencies.get(code);
    return (
      <ViewLink change={{ view: 'plans', agency: code, plan: undefined }}>{found ? shortIn(found, lang) : code}</ViewLink>
    );
  };
  const componentLinks = (task: Task) => {
    const index = task.index && catalog.indices.get(task.index);
    if (!index || !task.index) return '—';
    const indexName = shortIn(index, lang);
    if (task.components.length === 0) return t.wholeIndex(indexName);
    return task.components.map((code) => {
      const component = latestComponent(catalog, index.code, code);
      return (
        <ViewLink key={code} className="component-link" change={componentView(catalog, index.code, code)}>
          {`${indexName} ${code}${component ? ` · ${shortIn(component, lang)}` : ''}`}
        </ViewLink>
      );
    });
  };
  const plan = (code: string) => {
    const found = data.plans.find((p) => p.code === code);
    return <ViewLink change={{ view: 'plans', plan: code, agency: undefined }}>{found ? planName(found, t) : code}</ViewLink>;
  };
  const c = t.taskColumns;
  const importedFrom = useMessages().importedFrom;
  const text = (task: Task) => textIn(task, lang);
  return (
    <>
      <ExportButtons shown={tasksExportTable(tasks, today, c, text, (s) => t.statuses[s])} full={tasksCanonicalTable(tasks)} nameParts={[t.exportName, caption]} />
      <div className="table-scroll">
        <table className="task-table">
          <caption>{caption}</caption>
          <colgroup>
            <col className="col-task" />
            {showPlan && <col className="col-plan" />}
            <col className="col-agency" />
            <col className="col-agency" />
            <col className="col-date" />
            <col className="col-components" />
            <col className="col-status" />
            <col className="col-date" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{c.task}</th>
              {showPlan && <th scope="col">{c.plan}</th>}
              <th scope="col">{c.responsible}</th>
              <th scope="col">{c.cooperating}</th>
              <th scope="col">{c.deadline}</th>
              <th scope="col">{c.components}</th>
              <th scope="col">{c.status}</th>
              <th scope="col">{c.updated}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => (
              <tr key={task.id} className={effectiveStatus(task, today) === 'overdue' ? 'task-overdue' : undefined}>
                <th scope="row">
                  {text(task)}
                  {task.imported && <span className="imported-source"> · {importedFrom(task.imported.file, formatDate(task.imported.importedAt))}</span>}
                </th>
                {showPlan && <td data-label={c.plan}>{plan(task.plan)}</td>}
                <td data-label={c.responsible}>{agency(task.responsible)}</td>
                <td data-label={c.cooperating}>{task.cooperating.length === 0 ? '—' : task.cooperating.map((code, i) => <span key={code}>{i > 0 && ', '}{agency(code)}</span>)}</td>
                <td data-label={c.deadline}>{task.deadline ? formatDate(task.deadline) : '—'}</td>
                <td data-label={c.components}>{componentLinks(task)}</td>
                <td data-label={c.status}>
                  <TaskStatus task={task} today={today} />
                </td>
                <td data-label={c.updated}>{task.updated ? formatDate(task.updated) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
