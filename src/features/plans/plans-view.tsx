import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import type { Catalog } from '@/domain/types';
import { usePlanData } from '@/queries/use-plan-data';
import { useMessages } from '@/state/use-i18n';
import { useToday } from '@/state/use-today';
import { useViewValues } from '@/state/use-view';
import { AgencyPage } from './agency-page';
import { PlanList } from './plan-list';
import { PlanPage } from './plan-page';

export function PlansView() {
  return <CatalogGate>{(catalog) => <Plans catalog={catalog} />}</CatalogGate>;
}

function Plans({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.plans;
  const { plan: planCode, agency: agencyCode } = useViewValues('plan', 'agency');
  const today = useToday();
  const { data, errors, pending } = usePlanData();
  const plan = planCode ? data?.plans.find((p) => p.code === planCode) : undefined;
  const agency = agencyCode ? data?.agencies.get(agencyCode) : undefined;
  return (
    <div className="plans-view">
      <FileErrors errors={errors} />
      {pending && <p className="muted">{messages.loading}</p>}
      {data && planCode && !plan && <p className="note">{t.unknownPlan(planCode)}</p>}
      {data && agencyCode && !agency && <p className="note">{t.unknownAgency(agencyCode)}</p>}
      {data &&
        (agency ? (
          <AgencyPage catalog={catalog} data={data} agency={agency} today={today} />
        ) : plan ? (
          <PlanPage catalog={catalog} data={data} plan={plan} today={today} />
        ) : (
          <PlanList catalog={catalog} data={data} today={today} />
        ))}
    </div>
  );
}
