import { belowNation, type ComponentResult } from '@/domain/component-results';
import { periodFor } from '@/domain/methodology';
import { evaluateTarget, type TargetEvaluation } from '@/domain/plans-evaluate';
import { byUrgency, effectiveStatus } from '@/domain/plans-tasks';
import type { Plan, Target, Task } from '@/domain/plans-types';
import { creditsOf, type Credit } from '@/domain/source-credits';
import type { FiguresByYear } from '@/domain/results';
import { scoreAxis } from '@/domain/series/axis';
import { calendarYears, splitSeries, valuesOf, yearValuesSource, type SplitSeries } from '@/domain/series/split-series';
import { componentsSlide, headlineSlide, indexContext, trendSlide } from '@/domain/slides/index-slides';
import type { HeadlineSlide, TrendSlide } from '@/domain/slides/slide-types';
import { yearSourcesIn, sourcesById, sourcesOf } from '@/domain/sources';
import type { Catalog, IndexDef, Source } from '@/domain/types';

/** Years of the trend printed: enough to show a direction, few enough to write every value on paper. */
export const PRINTED_YEARS = 8;
const WEAKEST = 3;

/** The unit's score per calendar year, one segment per method period: a gap and a change of method both break the line. */
export interface PrintedTrend extends SplitSeries {
  /** First years of a new method inside the printed years. */
  breaks: number[];
  firstYear: number;
  lastYear: number;
  domain: [number, number];
}

/** What the plan data says about the tasks of one index. */
export type TaskSummary =
  | { kind: 'none-recorded' }
  | { kind: 'none-for-index'; recorded: number }
  | { kind: 'recorded'; count: number; late: Task[] };

export interface IndexProfile {
  index: IndexDef;
  headline?: HeadlineSlide;
  /** Highest possible total in the headline's year (80 for PAPI since 2018, 100 for a percentage). */
  scoreMax?: number;
  trend?: PrintedTrend;
  weakest?: { year: number; rows: ComponentResult[] };
  targets: TargetEvaluation[];
  /** Undefined when the tasks are not known (file loading or unreadable). */
  tasks?: TaskSummary;
  sources: Source[];
  /** The publishers of what is printed, for the page's short source line; `sources` is the full list. */
  credits: Credit[];
}

/** The top of an index's section: the latest result and the printed trend. The totals alone give it (the summary). */
export type ProfileTop = Pick<IndexProfile, 'index' | 'headline' | 'scoreMax' | 'trend'>;

function topOf(catalog: Catalog, index: IndexDef, context: ReturnType<typeof indexContext>) {
  const headline = context && headlineSlide(context, { kind: 'headline', index: index.code });
  const trend = context && trendSlide(context, { kind: 'trend', index: index.code });
  return { headline, printed: trend && printedTrend(trend), scoreMax: headline && periodFor(catalog, index.code, headline.year)?.totalMax };
}

/** The top of the section from the index's totals, while the whole files (components, for the weakest) are parsed. */
export function buildProfileTop(catalog: Catalog, index: IndexDef, byYear: FiguresByYear, unit: string): ProfileTop {
  const { headline, printed, scoreMax } = topOf(catalog, index, indexContext(catalog, unit, index.code, byYear));
  return { index, headline, scoreMax, trend: printed };
}

export function printedTrend(slide: TrendSlide, years = PRINTED_YEARS): PrintedTrend | undefined {
  const lastYear = slide.points.at(-1)?.year;
  if (lastYear === undefined) return undefined;
  const shown = slide.points.filter((p) => p.year > lastYear - years);
  const firstYear = shown[0]?.year ?? lastYear;
  const breaks = [...new Set([...slide.breaks, ...slide.unitChanges])].filter((y) => y > firstYear).sort((a, b) => a - b);
  const split = splitSeries(calendarYears(firstYear, lastYear), breaks, [yearValuesSource('score', shown)]);
  // Room above the highest point for the value written over it.
  const { domain } = scoreAxis(valuesOf(split), { share: 0.25, least: 1, headroom: 1.5 });
  return { ...split, breaks, firstYear, lastYear, domain };
}

export function taskSummary(tasks: readonly Task[], index: string, today: string): TaskSummary {
  if (tasks.length === 0) return { kind: 'none-recorded' };
  const ofIndex = tasks.filter((task) => task.index === index);
  if (ofIndex.length === 0) return { kind: 'none-for-index', recorded: tasks.length };
  const late = ofIndex.filter((task) => effectiveStatus(task, today) === 'overdue').sort(byUrgency(today));
  return { kind: 'recorded', count: ofIndex.length, late };
}

export interface ProfileInput {
  catalog: Catalog;
  index: IndexDef;
  byYear: FiguresByYear;
  unit: string;
  /** ISO date: tasks are late against it. */
  today: string;
  /** The plans' targets of every index. */
  targets: readonly Target[];
  /** Every task recorded; undefined while the task file is loading or could not be read (then nothing is said about tasks). */
  tasks?: readonly Task[];
  /** The plans the targets belong to, named in the short source line. */
  plans?: readonly Plan[];
}

/** One index on the A4 profile of a unit: every figure from the loaded data, every gap kept. */
export function buildIndexProfile({ catalog, index, byYear, unit, today, targets: allTargets, tasks: allTasks, plans = [] }: ProfileInput): IndexProfile {
  const targets = allTargets.filter((target) => target.index === index.code);
  const context = indexContext(catalog, unit, index.code, byYear);
  const { headline, printed, scoreMax } = topOf(catalog, index, context);
  const components = context && componentsSlide(context, { kind: 'components', index: index.code });
  const tasks = allTasks && taskSummary(allTasks, index.code, today);
  const late = tasks?.kind === 'recorded' ? tasks.late : [];
  // The sources of the points printed; the slide's own list also covers earlier years and national means.
  const evaluations = targets.map((target) => evaluateTarget(catalog, byYear, target));
  const printedYears = [
    ...(headline ? [headline.year, ...(headline.change ? [headline.change.fromYear] : [])] : []),
    ...(printed ? [printed.firstYear, printed.lastYear] : []),
    ...(components ? [components.year] : []),
    ...evaluations.flatMap((e) => (e.atTarget ?? e.latest)?.year ?? []),
  ];
  const cited = plans.filter((plan) => targets.some((target) => target.plan === plan.code));
  const trendFigures = printed ? (context?.results ?? []).filter((r) => r.year >= printed.firstYear).flatMap((r) => (r.figure ? [r.figure] : [])) : [];
  return {
    index,
    headline,
    scoreMax,
    trend: printed,
    weakest: components && { year: components.year, rows: belowNation(components.rows, WEAKEST) },
    targets: evaluations,
    credits: creditsOf(catalog, printedYears.map((year) => ({ index: index.code, year })), cited, yearSourcesIn(catalog, new Map([[index.code, byYear]]))),
    tasks,
    sources: [
      ...new Map(
        [
          ...(headline?.sources ?? []),
          ...sourcesOf(catalog, trendFigures),
          ...(components?.sources ?? []),
          ...sourcesById(catalog, [...targets, ...late].flatMap((item) => item.sources)),
        ].map((source) => [source.id, source]),
      ).values(),
    ],
  };
}
