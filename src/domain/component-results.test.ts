import { describe, expect, it } from 'vitest';
import { componentResults, countChanges } from './component-results';
import { tinyCatalog } from './testing/tiny-catalog';
import type { Figure } from './types';

const f = (year: number, unit: string, component: string, score?: number, status: Figure['status'] = 'published'): Figure => ({
  index: 'papi', year, unit, component, score, status, sources: ['s1'], derivation: '', note: '', line: 2,
});

const catalog = tinyCatalog();
const byYear = new Map([
  [2023, [f(2023, 'P59', 'D1', 3.8642), f(2023, 'P59', 'SC11', 0.8), f(2023, 'P60', 'D1', 4)]],
  [2024, [f(2024, 'P59', 'D1', 3.6055), f(2024, 'P59', 'SC11', 0.7), f(2024, 'P60', 'D1', 4.4), f(2024, 'P61', 'D1', 5)]],
]);

describe('componentResults', () => {
  it('gives score, maximum, % of maximum, points lost, gaps to mean and best, and the change', () => {
    const [d1] = componentResults(catalog, 'papi', byYear, 'P59', 2024);
    expect(d1?.component.code).toBe('D1');
    expect(d1).toMatchObject({ score: 3.6055, max: 10, pctOfMax: 36.055, pointsLost: 6.3945, previous: 3.8642, change: -0.2587 });
    expect(d1?.mean).toEqual({ value: 4.335167, kind: 'computed', count: 3 });
    expect(d1?.gapToMean).toBeCloseTo(3.6055 - 4.335167, 6);
    expect(d1?.best).toEqual({ unit: 'P61', score: 5 });
    expect(d1?.gapToBest).toBeCloseTo(-1.3945, 6);
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
