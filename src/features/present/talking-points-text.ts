import type { TalkingPoint } from '@/domain/slides/talking-point-types';
import { formatNumber, formatRank, formatScore, formatInteger } from '@/i18n/format';
import { goalText, groupName } from '@/i18n/plan-name';
import type { Messages } from '@/i18n/vi';
import { componentName, indexName, unitName, type TextContext } from './slide-text';

/** A gap written without its sign, in the index's unit: "2,99 điểm", "0,76 điểm phần trăm". */
const gapText = (gap: number, point: TalkingPoint, { t, lang }: TextContext) =>
  `${formatNumber(Math.abs(gap), lang)} ${point.index.scoreUnit === 'percent' ? t.talk.percentPoints : t.points}`;

/** One talking point as a sentence, Vietnamese first. */
export function talkingPointText(point: TalkingPoint, context: TextContext, plans: Messages['plans']): string {
  const { catalog, t, lang } = context;
  const talk = t.talk;
  const name = indexName(catalog, point.index.code, lang);
  const side = (gap: number) => (gap > 0 ? 'above' : gap < 0 ? 'below' : 'same');
  switch (point.kind) {
    case 'mean':
      return talk.mean(name, point.year, formatScore(point.score, point.index.scoreUnit, lang), side(point.gap), gapText(point.gap, point, context), point.mean.kind === 'computed');
    case 'change': {
      const places = point.places === undefined ? '' : point.places === 0 ? talk.placesSame : point.places > 0 ? talk.placesUp(point.places) : talk.placesDown(-point.places);
      const points = point.points === undefined ? '' : `${point.points >= 0 ? talk.pointsUp : talk.pointsDown} ${gapText(point.points, point, context)}`;
      return talk.change(point.fromYear, point.toYear, [places, points].filter(Boolean).join(', '));
    }
    case 'target': {
      const goal = goalText(point.target, { catalog, index: point.index, t: plans, lang });
      const result = point.rank ? formatRank(point.rank.rank, point.rank.rankOf, lang) : formatScore(point.score ?? 0, point.index.scoreUnit, lang);
      const gap = point.short <= 0 ? talk.targetMet : point.rank ? talk.placesShort(formatInteger(point.short, lang)) : talk.pointsShort(gapText(point.short, point, context));
      return talk.target(name, goal, point.target.targetYear, point.year, result, gap);
    }
    case 'rank':
      return talk.rank(name, point.year, formatRank(point.rank.rank, point.rank.rankOf, lang), point.rank.kind === 'computed');
    case 'break':
      return talk.break(name, point.year);
    case 'merged':
      return talk.merged(name, point.year);
    case 'mover':
      return talk.mover(componentName(point.component, lang), point.fromYear, point.year, point.change > 0, gapText(point.change, point, context));
    case 'component-gap':
      return talk.componentGap(componentName(point.component, lang), point.year, gapText(point.gap, point, context), point.computed);
    case 'region':
      return talk.region(unitName(catalog, context.unit, lang), point.position, point.of, groupName(catalog, point.group, lang), unitName(catalog, point.leader, lang), gapText(point.gapToLeader, point, context));
  }
}
