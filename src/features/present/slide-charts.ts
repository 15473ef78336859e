import { codeSplit } from '@/components/code-split';

// The slides drawn with Recharts load apart: a presentation opened from a link shows its first slides (cover,
// headline figures) without waiting for the chart library's code to come and run, and the charts follow.
export const TrendSlideBody = codeSplit(() => import('./trend-slide').then((module) => module.TrendSlideBody));
export const RankSlideBody = codeSplit(() => import('./rank-slide').then((module) => module.RankSlideBody));
export const RankingSlideBody = codeSplit(() => import('./ranking-slide').then((module) => module.RankingSlideBody));
export const ComponentsSlideBody = codeSplit(() => import('./components-slide').then((module) => module.ComponentsSlideBody));
export const DriversSlideBody = codeSplit(() => import('./drivers-slide').then((module) => module.DriversSlideBody));

/** The chart slides' code, for the prefetch once the page is idle: moving to a chart slide then draws it at once. */
export const loadSlideCharts = () => Promise.all([TrendSlideBody, RankSlideBody, RankingSlideBody, ComponentsSlideBody, DriversSlideBody].map((part) => part.load()));
