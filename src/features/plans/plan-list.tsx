import type { PlanData } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { useMessages } from '@/state/use-i18n';
import { AgencyPicker } from './agency-picker';
import { AgencyTable } from './agency-table';
import { HowTo } from './how-to';
import { PlanCard } from './plan-card';
import { StaffImport } from './staff-import';
import { TargetCards } from './target-cards';

/** The first screen of the view: per index the target and where the city is, late tasks by agency, the plans. */
export function PlanList({ catalog, data, today }: { catalog: Catalog; data: PlanData; today: string }) {
  const t = useMessages().plans;
  return (
    <>
      <div className="page-heading">
        <h1>{t.heading}</h1>
        <p className="muted">{t.intro}</p>
      </div>
      <div className="plans-grid">
        <section className="panel" aria-labelledby="plans-glance">
          <h2 id="plans-glance">{t.glanceTitle}</h2>
          {data.targets.length > 0 ? (
            <TargetCards catalog={catalog} data={data} targets={data.targets} showPlan />
          ) : (
            <>
              <p className="note">{t.noTargetsAtAll}</p>
              <StaffImport files={['targets']} />
            </>
          )}
        </section>
        <section className="panel" aria-labelledby="plans-agencies">
          <h2 id="plans-agencies">{t.lateTitle}</h2>
          <AgencyPicker data={data} />
          {data.tasks.length > 0 ? (
            <AgencyTable data={data} today={today} />
          ) : (
            <>
              <p className="note">{t.noTasksAtAll}</p>
              <StaffImport files={['tasks']} />
            </>
          )}
          <HowTo />
        </section>
      </div>
      <section className="panel plans-list-panel" aria-labelledby="plans-list">
        <h2 id="plans-list">{t.listTitle}</h2>
        <ul className="plan-list">
          {[...data.plans].reverse().map((plan) => (
            <PlanCard key={plan.code} catalog={catalog} data={data} plan={plan} today={today} />
          ))}
        </ul>
      </section>
    </>
  );
}
