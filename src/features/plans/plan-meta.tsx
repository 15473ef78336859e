import type { Plan, PlanData } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { formatList } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { nameOf, shortOf } from '@/i18n/names';

/** Issuer, period and indices of a plan, as a description list. */
export function PlanMeta({ catalog, data, plan }: { catalog: Catalog; data: PlanData; plan: Plan }) {
  const t = useMessages().plans;
  const lang = useLang();
  const issuers = plan.issuers.map((code) => nameOf(data.agencies, code, lang));
  const indices = plan.indices.map((code) => shortOf(catalog.indices, code, lang));
  const period = plan.toYear === undefined ? t.periodFrom(plan.fromYear) : plan.toYear === plan.fromYear ? String(plan.fromYear) : `${plan.fromYear}–${plan.toYear}`;
  return (
    <dl className="plan-meta">
      <dt>{t.issuedBy}</dt>
      <dd>{formatList(issuers, lang)}</dd>
      <dt>{t.period}</dt>
      <dd>{period}</dd>
      <dt>{t.indices}</dt>
      <dd>
        {formatList(indices, lang)}
        {plan.otherIndices.length > 0 && t.notTracked(formatList(plan.otherIndices, lang))}
      </dd>
    </dl>
  );
}
