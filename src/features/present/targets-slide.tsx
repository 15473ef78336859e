import type { Plan } from '@/domain/plans-types';
import type { TargetsSlide } from '@/domain/slides/slide-types';
import { useMessages } from '@/state/use-i18n';
import { describeTarget } from '@/i18n/target-text';
import type { SlideContext } from './slide-context';
import { indexName } from './slide-text';

/** Each sourced target beside the result that measures it, and what can be said of it today. */
export function TargetsSlideBody({ slide, context, plans }: { slide: TargetsSlide; context: SlideContext; plans: ReadonlyMap<string, Plan> }) {
  const { catalog, t, lang } = context;
  const plansText = useMessages().plans;
  return (
    <table className="slide-table">
      <thead>
        <tr>
          <th scope="col">{t.targetGoal}</th>
          <th scope="col">{t.targetActual}</th>
          <th scope="col">{t.targetStatus}</th>
        </tr>
      </thead>
      <tbody>
        {slide.evaluations.map((evaluation) => {
          const index = catalog.indices.get(evaluation.target.index);
          if (!index) return null;
          const text = describeTarget(evaluation, { catalog, index, plan: plans.get(evaluation.target.plan), t: plansText, lang });
          return (
            <tr key={`${evaluation.target.plan}-${evaluation.target.index}-${evaluation.target.component}-${evaluation.target.targetYear}`}>
              <td>
                <strong>{indexName(catalog, index.code, lang)}</strong>: {text.goal}
              </td>
              <td className="slide-table-number">{text.actual ?? '—'}</td>
              <td>
                <strong>{t.outcomes[text.outcome]}</strong>
                {text.detail && <span className="slide-table-detail">{text.detail}</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
