import type { RankTrendSlide, TrendSlide } from './slide-types';

/** A line through this many points or fewer says less than a table of them. */
export const FEW_POINTS = 3;

/** Whether a trend or rank slide is better written as a small table of its years. */
export function hasFewPoints(slide: TrendSlide | RankTrendSlide): boolean {
  return slide.points.length <= FEW_POINTS;
}
