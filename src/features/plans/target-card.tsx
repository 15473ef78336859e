import { useId } from 'react';
import { SourceLine } from '@/components/source-line';
import { ViewLink } from '@/components/view-link';
import { evaluateTarget } from '@/domain/plans-evaluate';
import type { Plan, Target } from '@/domain/plans-types';
import { sourcesById } from '@/domain/sources';
import { TOTAL, type Catalog } from '@/domain/types';
import { planName, planTitle } from '@/i18n/plan-name';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages } from '@/state/use-i18n';
import { describeTarget } from '@/i18n/target-text';

/** One target against the latest figures of its index: the line a director reads out. */
export function TargetCard({ catalog, target, plan, showPlan }: { catalog: Catalog; target: Target; plan?: Plan; showPlan: boolean }) {
  const messages = useMessages();
  const t = messages.plans;
  const lang = useLang();
  const headingId = useId();
  const { byYear, pending } = useIndexFigures(catalog, target.index, target.component === TOTAL ? 'totals' : 'all');
  const index = catalog.indices.get(target.index);
  if (!index) return null;
  if (pending) return <p className="muted">{messages.loading}</p>;
  const evaluation = evaluateTarget(catalog, byYear, target);
  const text = describeTarget(evaluation, { catalog, index, plan, t, lang });
  const shown = evaluation.atTarget ?? evaluation.latest;
  const figure = shown && byYear.get(shown.year)?.find((f) => f.unit === shown.unit && f.component === target.component);
  return (
    <article className={`target-card outcome-${text.outcome}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{text.headline}</h3>
      <p className="verdict">
        <span className="badge">{t.outcomes[text.outcome]}</span>
        {text.detail && <span className={text.meets === false ? 'down' : text.meets ? 'up' : undefined}>{text.detail}</span>}
      </p>
      {text.notes.length > 0 && (
        <ul className="target-notes">
          {text.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {plan && showPlan && (
        <p className="muted">
          <ViewLink change={{ view: 'plans', plan: plan.code, agency: undefined }}>{planName(plan, t)}</ViewLink> · {planTitle(plan, lang)}
        </p>
      )}
      <SourceLine sources={sourcesById(catalog, [...target.sources, ...(figure?.sources ?? [])])} />
    </article>
  );
}
