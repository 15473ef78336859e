import { ViewLink } from '@/components/view-link';
import { statusCounts } from '@/domain/plans-tasks';
import type { Plan, PlanData } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { planName, planTitle } from '@/i18n/plan-name';
import { useLang, useMessages } from '@/state/use-i18n';
import { PlanMeta } from './plan-meta';

/** A plan in the list: number and date first, as staff cite it, then what it covers and what is on file. */
export function PlanCard({ catalog, data, plan, today }: { catalog: Catalog; data: PlanData; plan: Plan; today: string }) {
  const t = useMessages().plans;
  const lang = useLang();
  const tasks = data.tasks.filter((task) => task.plan === plan.code);
  const targets = data.targets.filter((target) => target.plan === plan.code);
  const name = planName(plan, t);
  const overdue = statusCounts(tasks, today).overdue;
  return (
    <li className="plan-card">
      <h3>
        <ViewLink change={{ view: 'plans', plan: plan.code, agency: undefined }}>{name}</ViewLink>
        {plan.number && <span className="plan-date"> {t.dated(formatDate(plan.date))}</span>}
      </h3>
      <p className="plan-kind">{t.kinds[plan.kind]}</p>
      <p>{planTitle(plan, lang)}</p>
      <PlanMeta catalog={catalog} data={data} plan={plan} />
      <p className="plan-counts">
        {t.targetCount(targets.length)} · <span className={overdue > 0 ? 'down' : undefined}>{t.taskCount(tasks.length, overdue)}</span>
      </p>
    </li>
  );
}
