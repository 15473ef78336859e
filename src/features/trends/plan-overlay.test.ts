import { describe, expect, it } from 'vitest';
import type { PlanData, Target } from '@/domain/plans-types';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { tinyPlanData } from '@/domain/testing/tiny-plans';
import { buildPlanOverlay, yearFraction, type OverlayInput } from './plan-overlay';

const catalog = tinyCatalog();
const data = tinyPlanData(catalog);
const rows = [2016, 2017, 2018, 2019].map((year) => ({ year, 'P59~0': 40 }));
const input = (change: Partial<OverlayInput> = {}): OverlayInput => ({
  catalog, data, index: 'papi', component: 'total', measure: 'rank', units: ['P59'], rows, range: { from: 2016, to: 2019 }, bounds: { min: 2016, max: 2019 }, yDomain: [1, 61],
  bandLabel: (t: Target) => `top ${t.goal.kind === 'rank-at-most' ? t.goal.rank : ''}`, dateLabel: (iso) => `on ${iso}`, ...change,
});

describe('plans on the trend chart', () => {
  it('places a date between the yearly points', () => {
    expect(yearFraction('2022-07-12')).toBe(2022.526);
    expect(yearFraction('2021-01-01')).toBe(2021);
  });

  it('marks each plan of the index by its adoption date, labelled with its number where it is drawn', () => {
    const overlay = buildPlanOverlay(input({ range: { from: 2016, to: 2022 }, bounds: { min: 2016, max: 2022 } }));
    const numbers = data.plans.filter((p) => ['qd-4168-2021'].includes(p.code)).map((p) => p.number || `on ${p.date}`);
    expect(overlay.markers.map((m) => [m.plan.code, m.badge])).toEqual([['qd-4168-2021', numbers[0]]]);
    expect(overlay.events).toEqual([{ x: 2021.986, badge: numbers[0], color: expect.any(String) }]);
    expect(overlay.later.map((p) => p.code)).toEqual(['kh-101-2025']);
  });

  it('a plan adopted after the last year with data is a note, and does not stretch the axis', () => {
    const overlay = buildPlanOverlay(input({ measure: 'score', yDomain: [30, 50] }));
    expect(overlay.later.map((p) => p.code)).toEqual(['qd-4168-2021', 'kh-101-2025']);
    expect(overlay.rows).toEqual(rows);
  });

  it('draws a rank target as a band from rank 1 to the target at its year, the axis running to that year only', () => {
    const overlay = buildPlanOverlay(input());
    expect(overlay.bands).toEqual([{ x1: 2024.6, x2: 2025.4, y1: 1, y2: 15, color: expect.any(String), label: 'top 15' }]);
    expect(overlay.rows.map((r) => r.year)).toEqual([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  });

  it('says that a 2025 target is measured on the new unit, ranked among the units of 2025', () => {
    expect(buildPlanOverlay(input()).targets).toMatchObject([{ drawn: true, newUnit: { code: 'N25-can-tho', count: 2 } }]);
  });

  it('does not draw a rank target on a score chart, but keeps it for the notes', () => {
    const overlay = buildPlanOverlay(input({ measure: 'score', yDomain: [30, 50] }));
    expect(overlay.bands).toEqual([]);
    expect(overlay.targets.map((t) => t.drawn)).toEqual([false]);
    expect(overlay.yDomain).toEqual([30, 50]);
  });

  it('draws a score target as a band above the target, widening the axis to show it', () => {
    const score: Target = { ...(data.targets[0] as Target), goal: { kind: 'score-at-least', score: 52.5 } };
    const overlay = buildPlanOverlay(input({ measure: 'score', yDomain: [30, 50], data: { ...data, targets: [score] } as PlanData }));
    expect(overlay.bands).toMatchObject([{ y1: 52.5, y2: 54 }]);
    expect(overlay.yDomain).toEqual([30, 54]);
  });

  it('keeps a narrowed year range as it is', () => {
    const overlay = buildPlanOverlay(input({ range: { from: 2016, to: 2018 } }));
    expect(overlay.rows).toEqual(rows);
    expect(overlay.markers).toEqual([]);
    expect(overlay.later.map((p) => p.code)).toEqual(['qd-4168-2021', 'kh-101-2025']);
    expect(overlay.targets.map((t) => t.drawn)).toEqual([false]);
  });

  it('ignores targets of units not on the chart, and plans of other indices', () => {
    expect(buildPlanOverlay(input({ units: ['P01'] })).targets).toEqual([]);
    expect(buildPlanOverlay(input({ index: 'par' })).later.map((p) => p.code)).toEqual(['kh-101-2025']);
  });
});
