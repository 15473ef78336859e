import { describe, expect, it } from 'vitest';
import { belowNation, byGapToNation, componentMin, componentResults, countChanges, type ComponentResult } from './component-results';
import { tinyCatalog } from './testing/tiny-catalog';
import type { Figure, Period } from './types';

const f = (year: number, unit: string, component: string, score?: number, status: Figure['status'] = 'published'): Figure => ({
  index: 'papi', year, unit, component, score, status, sources: ['s1'], derivation: '', note: '', line: 2,
});

const catalog = tinyCatalog();
const byYear = new Map([
  [2023, [f(2023, 'P59', 'D1', 3.8642), f(2023, 'P59', 'SC11', 0.8), f(2023, 'P60', 'D1', 4)]],
  [2024, [f(2024, 'P59', 'D1', 3.6055), f(2024, 'P59', 'SC11', 0.7), f(2024, 'P60', 'D1', 4.4), f(2024, 'P61', 'D1', 5)]],
]);

describe('componentResults', () => {
  it('gives score, its 1–10 range, % of the range, points lost, gaps to the national and regional means and best, and the change', () => {
    const [d1] = componentResults(catalog, 'papi', byYear, 'P59', 2024);
    expect(d1?.component.code).toBe('D1');
    // A PAPI dimension runs from 1 to 10: 3,6055 is 28,95% of the way, not 36,06% of 10.
    expect(d1).toMatchObject({ score: 3.6055, min: 1, max: 10, pctOfRange: 28.95, pointsLost: 6.3945, previous: 3.8642, change: -0.2587 });
    expect(d1?.mean).toEqual({ value: 4.335167, kind: 'computed', count: 3 });
    expect(d1?.gapToMean).toBeCloseTo(3.6055 - 4.335167, 6);
    // The tiny Mekong Delta holds the same three provinces as the tiny nation.
    expect(d1?.groupMean).toEqual({ value: 4.335167, kind: 'computed', count: 3 });
    expect(d1?.gapToGroup).toBeCloseTo(3.6055 - 4.335167, 6);
    expect(d1?.best).toEqual({ unit: 'P61', score: 5 });
    expect(d1?.gapToBest).toBeCloseTo(-1.3945, 6);
  });

  it('compares with the group chosen instead of the region: the mean of its members scored that year', () => {
    const withHanoi = new Map([[2024, [...(byYear.get(2024) ?? []), f(2024, 'P01', 'D1', 5.2)]]]);
    const [d1] = componentResults(catalog, 'papi', withHanoi, 'P59', 2024, undefined, 'central-cities');
    // The tiny central cities are Cần Thơ and Hà Nội: (3,6055 + 5,2) / 2.
    expect(d1?.groupMean).toEqual({ value: 4.40275, kind: 'computed', count: 2 });
    expect(d1?.gapToGroup).toBeCloseTo(3.6055 - 4.40275, 6);
    expect(d1?.gapToMean).toBeCloseTo(3.6055 - (3.6055 + 4.4 + 5 + 5.2) / 4, 6);
  });

  it('drills into the sub-components of a component', () => {
    const results = componentResults(catalog, 'papi', byYear, 'P59', 2024, 'D1');
    expect(results.map((r) => [r.component.code, r.score, r.max, r.change])).toEqual([['SC11', 0.7, 2.5, -0.1]]);
  });

  it('leaves a gap, never a zero, where the unit has no published component', () => {
    const [d1] = componentResults(catalog, 'papi', byYear, 'P01', 2024);
    expect(d1).toMatchObject({ status: 'missing', score: undefined, pointsLost: undefined, change: undefined });
  });

  it('compares only within a methodology period', () => {
    const across = new Map([
      [2017, [f(2017, 'P59', 'D1', 5.5)]],
      [2018, [f(2018, 'P59', 'D1', 5.0)]],
    ]);
    const [d1] = componentResults(catalog, 'papi', across, 'P59', 2018);
    expect(d1).toMatchObject({ score: 5, previous: undefined, change: undefined });
  });
});

describe('countChanges', () => {
  it('counts ups and downs, and the contributions add up to the total change', () => {
    const results = [3.2, -0.26, 0.5, 0, -1.1].map((change, i) => ({ change, component: { code: `D${i}` } }));
    const count = countChanges(results as never);
    expect(count).toEqual({ up: 2, down: 2, same: 1, total: 2.34 });
  });
});

describe('componentMin', () => {
  const period = (totalMin: number, totalMax: number) => ({ ...(catalog.periods[0] as Period), totalMin, totalMax });
  it.each([
    ['a PAPI dimension (total 8–80)', 8, 80, 10, 1],
    ['a PAPI sub-dimension of 2,5', 8, 80, 2.5, 0.25],
    ['a PAPI 2011 dimension (total 6–60)', 6, 60, 10, 1],
    ['a PAR Index field (total 0–100)', 0, 100, 14.5, 0],
  ])('is the total’s floor in proportion: %s', (_, totalMin, totalMax, max, min) => {
    expect(componentMin(period(totalMin, totalMax), max)).toBe(min);
  });
});

describe('the weakest components: furthest below the national mean', () => {
  // Not real data: only the code and the gap matter; the gaps and shares are Cần Thơ's PAPI 2024 rounded.
  const row = (code: string, gapToMean?: number, pctOfRange?: number) => ({ component: { code }, gapToMean, pctOfRange }) as ComponentResult;
  const canTho2024 = [row('D1', -1.37, 29), row('D2', -0.85, 41), row('D5', 0.3, 68), row('D8', -0.01, 16), row('D6', 0.2, 69)];
  it.each([
    ['ranks by the gap, not by the share of the scale', canTho2024, ['D1', 'D2', 'D8', 'D6', 'D5'], ['D1', 'D2', 'D8']],
    ['puts rows without a national mean last and never names them', [row('D3'), row('D4', 0.5), row('D7', -0.2)], ['D7', 'D4', 'D3'], ['D7']],
    ['names none when none is below the nation', [row('D1', 0.1), row('D2', 0)], ['D2', 'D1'], []],
  ])('%s', (_, rows, order, named) => {
    expect(byGapToNation(rows).map((r) => r.component.code)).toEqual(order);
    expect(belowNation(rows).map((r) => r.component.code)).toEqual(named);
  });
});
