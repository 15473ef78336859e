import type { RankTrendSlide, TrendSlide } from './slide-types';
import type { TalkingPoint } from './talking-point-types';

const round = (value: number) => Math.round(value * 1e6) / 1e6;

/** The first year of the segment the last point belongs to: a line is never read across a break. */
const segmentStart = (years: readonly number[], breaks: readonly number[]) => {
  const last = years.at(-1) ?? 0;
  const start = Math.max(...breaks.filter((b) => b <= last), -Infinity);
  return years.find((year) => year >= start);
};

/** Why the latest year stands alone: the merged city's first year, or a new method. */
const alone = (slide: TrendSlide | RankTrendSlide, year: number): TalkingPoint => ({ kind: slide.unitChanges.includes(year) ? 'merged' : 'break', index: slide.index, year });

export function trendChange(slide: TrendSlide): TalkingPoint[] {
  const from = segmentStart(slide.points.map((p) => p.year), [...slide.breaks, ...slide.unitChanges]);
  const first = slide.points.find((p) => p.year === from);
  const last = slide.points.at(-1);
  if (!first || !last) return [];
  return first.year < last.year ? [{ kind: 'change', index: slide.index, fromYear: first.year, toYear: last.year, points: round(last.value - first.value) }] : [alone(slide, last.year)];
}

export function rankChange(slide: RankTrendSlide): TalkingPoint[] {
  const from = segmentStart(slide.points.map((p) => p.year), [...slide.breaks, ...slide.unitChanges]);
  const first = slide.points.find((p) => p.year === from);
  const last = slide.points.at(-1);
  if (!first || !last) return [];
  const latest: TalkingPoint = { kind: 'rank', index: slide.index, year: last.year, rank: last.rank };
  if (first.year === last.year) return [latest, alone(slide, last.year)];
  if (first.rank.rankOf !== last.rank.rankOf) return [latest];
  return [latest, { kind: 'change', index: slide.index, fromYear: first.year, toYear: last.year, places: first.rank.rank - last.rank.rank }];
}
