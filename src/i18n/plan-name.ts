import type { Plan, Target } from '@/domain/plans-types';
import type { Catalog, IndexDef } from '@/domain/types';
import { formatDate, formatInteger, formatScore, type Lang } from './format';
import type { Messages } from './vi';
import { localized, shortIn } from './names';

/** "153/KH-UBND", or for an instrument without a number "Hội nghị ngày 18/05/2023". */
export function planName(plan: Plan, t: Messages['plans']): string {
  return plan.number || t.unnumbered(t.kinds[plan.kind], formatDate(plan.date));
}

/** "153/KH-UBND ngày 12/07/2022", or the name alone when it already carries the date. */
export function planHeading(plan: Plan, t: Messages['plans']): string {
  return plan.number ? `${plan.number} ${t.dated(formatDate(plan.date))}` : planName(plan, t);
}

export function planTitle(plan: Plan, lang: Lang): string {
  return localized(plan, 'title', lang);
}

/** Short name of a region or peer group ("ĐBSCL"). */
export function groupName(catalog: Catalog, code: string, lang: Lang): string {
  const item = catalog.groups.get(code) ?? catalog.units.get(code);
  return item ? shortIn(item, lang) : code;
}

interface GoalContext {
  catalog: Catalog;
  index: IndexDef;
  t: Messages['plans'];
  lang: Lang;
}

/** What a target asks for: "nhóm 15 dẫn đầu", "điểm ≥ 45,00", "nhóm cao nhất (tính toán)", "nhóm 5 dẫn đầu ĐBSCL". */
export function goalText(target: Target, { catalog, index, t, lang }: GoalContext): string {
  const { goal } = target;
  switch (goal.kind) {
    case 'rank-at-most':
      return t.goal[goal.kind](formatInteger(goal.rank, lang));
    case 'score-at-least':
      return t.goal[goal.kind](formatScore(goal.score, index.scoreUnit, lang));
    case 'group':
      return `${t.goal[goal.kind](t.bands[goal.band])} (${t.computed})`;
    case 'top-in-group':
      return t.goal[goal.kind](formatInteger(goal.position, lang), groupName(catalog, goal.group, lang));
  }
}
