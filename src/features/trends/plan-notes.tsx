import type { Catalog, IndexDef } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { goalText, planName, planTitle } from '@/i18n/plan-name';
import { useLang, useMessages } from '@/state/use-i18n';
import type { Measure } from '@/state/view-state';
import { drawable, type PlanOverlay } from './plan-overlay';
import { nameOf } from '@/i18n/names';

/** The text alternative of the plan markers and target bands: the plan behind each label, what each band asks, what falls after the data. */
export function PlanNotes({ overlay, catalog, index, measure, range }: { overlay: PlanOverlay; catalog: Catalog; index: IndexDef; measure: Measure; range: { to: number } }) {
  const messages = useMessages();
  const t = messages.plans;
  const lang = useLang();
  const otherMeasure = measure === 'rank' ? messages.trends.measureScore : messages.trends.measureRank;
  const unitName = (code: string) => nameOf(catalog.units, code, lang);
  const notes = [
    ...overlay.markers.map(({ plan }) => (plan.number ? t.chart.markerNote(plan.number, formatDate(plan.date), planTitle(plan, lang)) : t.chart.markerDateNote(formatDate(plan.date), planTitle(plan, lang)))),
    ...overlay.later.map((plan) => t.chart.laterPlan(formatDate(plan.date), plan.number ? `${plan.number} — ${planTitle(plan, lang)}` : planTitle(plan, lang))),
    ...overlay.targets.flatMap(({ target, plan, drawn, newUnit }) => {
      const goal = t.goalInYear(goalText(target, { catalog, index, t, lang }), target.targetYear);
      const name = plan ? planName(plan, t) : target.plan;
      const after = drawable(target, measure) && target.targetYear > range.to;
      return [
        drawn ? t.chart.targetNote(goal, name) : after ? t.chart.afterData(goal, name) : t.chart.otherMeasure(goal, name, otherMeasure),
        ...(newUnit ? [t.chart.newUnit(target.targetYear, unitName(newUnit.code), newUnit.count)] : []),
      ];
    }),
  ];
  if (notes.length === 0) return null;
  return (
    <ul className="chart-notes plan-notes" aria-label={t.chart.planMarker}>
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
}
