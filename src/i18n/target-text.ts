import { unitsExistingOn, type Measurement, type TargetEvaluation, type TargetOutcome } from '@/domain/plans-evaluate';
import { targetGap } from '@/domain/plans-gap';
import type { Plan, Target } from '@/domain/plans-types';
import { TOTAL, type Catalog, type IndexDef } from '@/domain/types';
import { formatDate, formatFromTo, formatInteger, formatNumber, formatRank, formatScore, type Lang } from '@/i18n/format';
import { goalText, groupName } from '@/i18n/plan-name';
import type { Messages } from '@/i18n/vi';
import { nameOf, shortIn } from '@/i18n/names';

export interface TargetText {
  /** "PAPI: mục tiêu nhóm 15 dẫn đầu năm 2025 — 2024: 59/61 (tính toán)" */
  headline: string;
  goal: string;
  actual?: string;
  outcome: TargetOutcome;
  /** Beside the outcome: "cần tăng 5 bậc (20 → 15)", "chưa có kết quả năm 2025; theo số liệu 2024: cần tăng 44 bậc (59 → 15)". */
  detail?: string;
  /** Whether the target year's result meets the target (undefined before there is one). */
  meets?: boolean;
  notes: string[];
}

interface Context {
  catalog: Catalog;
  index: IndexDef;
  plan?: Plan;
  t: Messages['plans'];
  lang: Lang;
}

/** "59/61 (tính toán)", "89,13%", "nhóm thấp nhất (tính toán)", "12/13 ĐBSCL". */
export function measurementText(m: Measurement, target: Target, { catalog, index, t, lang }: Context): string {
  if (m.rank) return `${formatRank(m.rank.rank, m.rank.rankOf, lang)}${m.rank.kind === 'computed' ? ` (${t.computed})` : ''}`;
  if (m.score !== undefined) return formatScore(m.score, index.scoreUnit, lang);
  if (m.band) return `${t.goal.group(t.bands[m.band])} (${t.computed})`;
  if (m.position) return `${formatRank(m.position.position, m.position.of, lang)} ${target.goal.kind === 'top-in-group' ? groupName(catalog, target.goal.group, lang) : ''}`.trim();
  return '';
}

/** "cần tăng 44 bậc (59 → 15)", "cần thêm 3,87 điểm (81,13% → 85,00%)"; undefined when met or when the goal is not a rank or a score. */
function gapText(m: Measurement, target: Target, { index, t, lang }: Pick<Context, 'index' | 't' | 'lang'>): string | undefined {
  const gap = targetGap(target.goal, m);
  if (!gap) return undefined;
  if (gap.kind === 'places') return t.gapPlaces(formatInteger(gap.by, lang), formatFromTo(formatInteger(gap.from, lang), formatInteger(gap.to, lang)));
  return t.gapPoints(formatNumber(gap.by, lang), formatFromTo(formatScore(gap.from, index.scoreUnit, lang), formatScore(gap.to, index.scoreUnit, lang)));
}

function detailText(evaluation: TargetEvaluation, context: Context): string | undefined {
  const { outcome, target, latest, atTarget } = evaluation;
  const { t } = context;
  if (atTarget) return gapText(atTarget, target, context);
  if (outcome !== 'not-yet' && outcome !== 'no-data') return undefined;
  const why = outcome === 'not-yet' ? t.notYet(target.targetYear) : t.noData(target.targetYear);
  if (!latest) return `${why}; ${t.noLatest}`;
  return `${why}; ${t.onLatest(latest.year, latest.meets ? t.latestMet : (gapText(latest, target, context) ?? t.latestShort))}`;
}

/** Notes a director needs before comparing: the unit changed, the count of provinces changed. */
function unitNotes(evaluation: TargetEvaluation, actual: string | undefined, context: Context): string[] {
  const { catalog, plan, t, lang } = context;
  const { target, latest, measuredUnit } = evaluation;
  const unit = catalog.units.get(measuredUnit);
  if (!unit || !latest || latest.unit === measuredUnit) return [];
  const since = Number(unit.validFrom?.slice(0, 4) ?? target.targetYear);
  const count = unitsExistingOn(catalog, unit.level, `${target.targetYear}-12-31`);
  const name = (code: string) => nameOf(catalog.units, code, lang);
  const notes = [t.unitChange(since, name(measuredUnit), count, actual ?? '', name(latest.unit))];
  const countWhenSet = plan && unitsExistingOn(catalog, unit.level, plan.date);
  if (plan && countWhenSet !== count) notes.unshift(t.setWhen(formatDate(plan.date), countWhenSet ?? 0));
  return notes;
}

/** Everything said about one target, built only from the evaluation and the catalogue. */
export function describeTarget(evaluation: TargetEvaluation, context: Context): TargetText {
  const { target } = evaluation;
  const { index, t, lang } = context;
  const shown = evaluation.atTarget ?? evaluation.latest;
  const goal = t.goalInYear(goalText(target, context), target.targetYear);
  const value = shown && measurementText(shown, target, context);
  const actual = shown && value ? `${shown.year}: ${value}` : undefined;
  return {
    headline: t.headline(`${shortIn(index, lang)}${target.component === TOTAL ? '' : ` · ${target.component}`}`, goal, actual),
    goal,
    actual,
    outcome: evaluation.outcome,
    detail: detailText(evaluation, context),
    meets: evaluation.atTarget?.meets,
    notes: [...unitNotes(evaluation, value, context), ...(evaluation.outcome === 'not-measurable' ? [t.notMeasurable] : [])],
  };
}
