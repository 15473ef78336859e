import { daysOverdue, effectiveStatus } from '@/domain/plans-tasks';
import type { Task } from '@/domain/plans-types';
import { useMessages } from '@/state/use-i18n';

/** The status shown for a task: overdue against today whatever was entered, with the days late. */
export function TaskStatus({ task, today }: { task: Task; today: string }) {
  const t = useMessages().plans;
  const status = effectiveStatus(task, today);
  const late = daysOverdue(task, today);
  return (
    <span className={`status status-${status}`}>
      {status === 'overdue' && <span aria-hidden="true">⚠ </span>}
      {t.statuses[status]}
      {late !== undefined && <span className="status-detail"> · {t.daysLate(late)}</span>}
      {status !== task.status && <span className="status-detail"> ({t.storedAs(t.statuses[task.status].toLowerCase())})</span>}
    </span>
  );
}
