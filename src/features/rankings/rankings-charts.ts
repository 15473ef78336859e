import { codeSplit } from '@/components/code-split';

// The view's charts load apart from it: a ranking opened from a link shows its table without waiting for Recharts'
// code to come and run, and the charts follow.
export const RankingDotFigure = codeSplit(() => import('./ranking-dot-figure').then((module) => module.RankingDotFigure));
export const BumpFigure = codeSplit(() => import('./bump-figure').then((module) => module.BumpFigure));

/** The charts' code, for the prefetch once the page is idle: a later visit draws them with the table. */
export const loadRankingCharts = () => Promise.all([RankingDotFigure.load(), BumpFigure.load()]);
