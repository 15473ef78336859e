import { describe, expect, it } from 'vitest';
import type { TrendSlide } from '@/domain/slides/slide-types';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024, PAR_2024, SIPAS_2024 } from '@/domain/testing/real-figures';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { tinyPlanData } from '@/domain/testing/tiny-plans';
import type { IndexDef } from '@/domain/types';
import { buildIndexProfile, printedTrend, taskSummary } from './profile-model';

// Parsing every bundled year of an index takes seconds on a shared machine.
describe('the A4 profile of Cần Thơ, from the bundled data', { timeout: 30_000 }, () => {
  const catalog = loadBundledCatalog();
  const plans = loadBundledPlans(catalog).data;
  const profile = (code: string) =>
    buildIndexProfile({
      catalog,
      index: catalog.indices.get(code) as IndexDef,
      byYear: loadBundledIndex(catalog, code),
      unit: CAN_THO,
      today: '2026-01-15',
      targets: plans?.targets ?? [],
      tasks: plans?.tasks,
      plans: plans?.plans,
    });

  it('gives PAPI 2024 with its computed rank, its fall, the weakest dimensions and the top-15 target not yet measurable', () => {
    const papi = profile('papi');
    expect(papi.headline).toMatchObject({ year: PAPI_2024.year, score: PAPI_2024.score, rank: PAPI_2024.rank });
    expect(papi.headline?.change).toMatchObject({ fromYear: 2023, places: PAPI_2024.places, acrossBreak: false });
    expect(papi.scoreMax).toBe(80);
    expect(papi.weakest?.year).toBe(2024);
    // Furthest below the national mean, not the most points short of 10 (which named D8, at the mean).
    expect(papi.weakest?.rows.map((r) => [r.component.code, Number(r.gapToMean?.toFixed(2))])).toEqual([
      ['D1', -1.37],
      ['D2', -0.85],
      ['D6', -0.42],
    ]);
    expect(papi.targets.map((e) => [e.target.goal, e.outcome, e.latest?.rank?.rank])).toEqual([[{ kind: 'rank-at-most', rank: 15 }, 'not-yet', PAPI_2024.rank.rank]]);
    expect(papi.trend).toMatchObject({ firstYear: 2017, lastYear: 2024, breaks: [2018] });
    expect(papi.trend?.segments.map((s) => s.key)).toEqual(['score~0', 'score~1']);
    expect(papi.sources.map((s) => s.id)).toEqual(['papi-ml-mcdm', 'cchccantho-papi-2024-2025']);
    // The short line names the publisher of the years printed and the plan of the target, not the pages read.
    expect(papi.credits.map((c) => (c.kind === 'plan' ? [c.plan.code] : [c.index.code, c.from, c.to]))).toEqual([['papi', 2017, 2024], ['qd-4168-2021']]);
  });

  it('gives PAR Index and SIPAS 2024 with official ranks, the method-break caveat, and no component scores or targets', () => {
    const par = profile('par');
    expect(par.headline).toMatchObject({ year: PAR_2024.year, score: PAR_2024.score, rank: PAR_2024.rank });
    expect(par.headline?.change).toMatchObject({ fromYear: 2023, places: PAR_2024.places, points: undefined, acrossBreak: true });
    expect([par.weakest, par.targets]).toEqual([undefined, []]);
    const sipas = profile('sipas');
    expect(sipas.headline).toMatchObject({ year: SIPAS_2024.year, score: SIPAS_2024.score, rank: SIPAS_2024.rank, change: { places: SIPAS_2024.places } });
  });

  it('says that no task is recorded, since the bundled task file has none', () => {
    expect(plans?.tasks).toEqual([]);
    expect(profile('par').tasks).toEqual({ kind: 'none-recorded' });
  });
});

describe('printedTrend', () => {
  const slide = (points: TrendSlide['points'], breaks: number[] = []) => ({ points, breaks, unitChanges: [] as number[] }) as TrendSlide;

  it('leaves a year without a score empty, so that the line breaks there', () => {
    const trend = printedTrend(slide([{ year: 2022, value: 79.1 }, { year: 2024, value: 83.28 }]));
    expect(trend?.rows).toEqual([
      { year: 2022, 'score~0': 79.1 },
      { year: 2023, 'score~0': null },
      { year: 2024, 'score~0': 83.28 },
    ]);
    expect(trend?.domain).toEqual([78, 85]);
  });

  it('keeps the last years only, with the segments and breaks inside them', () => {
    const old = [2014, 2015, 2016, 2017].map((year) => ({ year, value: 38 }));
    const recent = [2018, 2019, 2020].map((year) => ({ year, value: 46 }));
    const trend = printedTrend(slide([...old, ...recent], [2018]), 4);
    expect(trend?.rows.map((r) => [r.year, r['score~0'], r['score~1']])).toEqual([
      [2017, 38, null],
      [2018, null, 46],
      [2019, null, 46],
      [2020, null, 46],
    ]);
    expect(trend?.breaks).toEqual([2018]);
  });
});

describe('taskSummary', () => {
  const tasks = tinyPlanData(tinyCatalog()).tasks;

  it.each([
    ['papi', { kind: 'recorded', count: 2, late: [expect.objectContaining({ id: 'T1' })] }],
    ['par', { kind: 'recorded', count: 1, late: [] }],
    ['sipas', { kind: 'none-for-index', recorded: 3 }],
  ])('finds the overdue tasks of %s against today', (index, expected) => {
    expect(taskSummary(tasks, index, '2026-01-15')).toEqual(expected);
  });

  it('tells "none recorded" apart from "none late"', () => {
    expect(taskSummary([], 'papi', '2026-01-15')).toEqual({ kind: 'none-recorded' });
  });
});
