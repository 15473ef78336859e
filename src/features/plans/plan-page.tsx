import { SourceLine } from '@/components/source-line';
import { ViewLink } from '@/components/view-link';
import type { Plan, PlanData } from '@/domain/plans-types';
import { sourcesById } from '@/domain/sources';
import type { Catalog } from '@/domain/types';
import { planHeading, planTitle } from '@/i18n/plan-name';
import { useLang, useMessages } from '@/state/use-i18n';
import { BaselineTable } from './baseline-table';
import { HowTo } from './how-to';
import { PlanMeta } from './plan-meta';
import { StaffImport } from './staff-import';
import { TargetCards } from './target-cards';
import { TasksSection } from './tasks-section';
import { useFocusHeading } from './use-focus-heading';
import { localized } from '@/i18n/names';

/** One plan: what it is, its targets against the latest data, its baseline, its tasks. */
export function PlanPage({ catalog, data, plan, today }: { catalog: Catalog; data: PlanData; plan: Plan; today: string }) {
  const t = useMessages().plans;
  const lang = useLang();
  const heading = useFocusHeading(plan.code);
  const targets = data.targets.filter((target) => target.plan === plan.code);
  const tasks = data.tasks.filter((task) => task.plan === plan.code);
  return (
    <>
      <p>
        <ViewLink change={{ view: 'plans', plan: undefined, agency: undefined }}>{t.back}</ViewLink>
      </p>
      <div className="page-heading">
        <p className="plan-kind">{t.kinds[plan.kind]}</p>
        <h1 ref={heading} tabIndex={-1}>
          {planHeading(plan, t)}
        </h1>
        <p className="plan-title">{planTitle(plan, lang)}</p>
      </div>
      <div className="plans-grid">
        <section className="panel" aria-labelledby="plan-targets">
          <h2 id="plan-targets">{t.targetsTitle}</h2>
          {targets.length > 0 ? (
            <TargetCards catalog={catalog} data={data} targets={targets} showPlan={false} />
          ) : (
            <>
              <p className="note">{t.noTargets}</p>
              <StaffImport files={['targets']} />
            </>
          )}
          {plan.baselineYear !== undefined && <BaselineTable catalog={catalog} plan={plan} year={plan.baselineYear} />}
        </section>
        <section className="panel" aria-labelledby="plan-summary">
          <h2 id="plan-summary">{t.summaryTitle}</h2>
          <PlanMeta catalog={catalog} data={data} plan={plan} />
          <p>{localized(plan, 'summary', lang)}</p>
          <p className="hint">{t.code(plan.code)}</p>
          <SourceLine sources={sourcesById(catalog, plan.sources)} />
        </section>
      </div>
      <section className="panel" aria-labelledby="plan-tasks">
        <h2 id="plan-tasks">{t.tasksTitle}</h2>
        {tasks.length > 0 ? (
          <TasksSection catalog={catalog} data={data} tasks={tasks} today={today} groupings={['agency', 'component', 'status']} showPlan={false} />
        ) : (
          <>
            <p className="note">{t.noTasks}</p>
            <StaffImport files={['tasks']} />
          </>
        )}
        <HowTo />
      </section>
    </>
  );
}
