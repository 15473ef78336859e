import { ViewLink } from '@/components/view-link';
import { tasksOfAgency } from '@/domain/plans-tasks';
import type { Agency, PlanData } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import { AgencyPicker } from './agency-picker';
import { HowTo } from './how-to';
import { StaffImport } from './staff-import';
import { TasksSection } from './tasks-section';
import { useFocusHeading } from './use-focus-heading';
import { nameIn } from '@/i18n/names';

/** A department's view: every task it leads or cooperates on, across plans. */
export function AgencyPage({ catalog, data, agency, today }: { catalog: Catalog; data: PlanData; agency: Agency; today: string }) {
  const t = useMessages().plans;
  const lang = useLang();
  const heading = useFocusHeading(agency.code);
  const tasks = tasksOfAgency(data.tasks, agency.code);
  return (
    <>
      <p>
        <ViewLink change={{ view: 'plans', plan: undefined, agency: undefined }}>{t.back}</ViewLink>
      </p>
      <div className="page-heading">
        <h1 ref={heading} tabIndex={-1}>
          {t.agencyHeading(nameIn(agency, lang))}
        </h1>
        <p className="muted">{t.agencyIntro}</p>
      </div>
      <section className="panel" aria-label={t.tasksTitle}>
        <AgencyPicker data={data} agency={agency.code} />
        {tasks.length > 0 ? (
          <TasksSection catalog={catalog} data={data} tasks={tasks} today={today} groupings={['status', 'component']} showPlan />
        ) : (
          <>
            <p className="note">{t.noAgencyTasks}</p>
            <StaffImport files={['tasks']} />
          </>
        )}
        <HowTo />
      </section>
    </>
  );
}
