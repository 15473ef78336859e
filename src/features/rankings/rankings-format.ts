import type { Change } from '@/domain/results';
import type { Unit } from '@/domain/types';
import { formatInteger, formatList, formatNumber, type Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { ComponentChoice } from './rankings-selection';
import { yearRuns } from './rankings-ranges';
import { nameIn, shortIn } from '@/i18n/names';

/** Small text helpers of the rankings view: every number still goes through i18n/format. */
export const namesOf = (units: readonly Unit[], lang: Lang) => formatList(units.map((u) => nameIn(u, lang)), lang);

export function componentLabel(choice: ComponentChoice, t: Messages['rankings'], lang: Lang, short = false): string {
  const c = choice.component;
  if (!c) return t.total;
  return `${c.code} · ${short ? shortIn(c, lang) : nameIn(c, lang)}`;
}

/** "2017–2024", "2012, 2014–2016". */
export function yearRunsText(years: readonly number[]): string {
  return yearRuns(years)
    .map(([from, to]) => (from === to ? String(from) : `${from}–${to}`))
    .join(', ');
}

export interface ChangeText {
  text: string;
  className?: string;
}

export function placesText(change: Change | undefined, t: Messages['rankings'], lang: Lang): ChangeText | undefined {
  const places = change?.places;
  if (places === undefined) return undefined;
  const mark = change?.acrossBreak ? ' †' : '';
  if (places > 0) return { text: t.up(formatInteger(places, lang)) + mark, className: 'up' };
  if (places < 0) return { text: t.down(formatInteger(-places, lang)) + mark, className: 'down' };
  return { text: t.same + mark };
}

export function pointsText(change: Change | undefined, t: Messages['rankings'], lang: Lang): ChangeText | undefined {
  const points = change?.points;
  if (points === undefined) return undefined;
  const mark = change?.acrossBreak ? ' †' : '';
  // A change smaller than 0.005 would read "▼ 0,00": it gets a third decimal instead.
  const digits = Math.abs(points) < 0.005 ? 3 : 2;
  if (points > 0) return { text: t.up(formatNumber(points, lang, digits)) + mark, className: 'up' };
  if (points < 0) return { text: t.down(formatNumber(-points, lang, digits)) + mark, className: 'down' };
  return { text: t.same + mark };
}
