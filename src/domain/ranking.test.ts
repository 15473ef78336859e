import { describe, expect, it } from 'vitest';
import { competitionRanks, computedRanks } from './ranking';
import { tinyCatalog } from './testing/tiny-catalog';
import type { Figure } from './types';

const figure = (unit: string, score: number | undefined, status: Figure['status'] = 'published'): Figure => ({
  index: 'papi', year: 2024, unit, component: 'total', score, status, sources: ['s1'], derivation: '', note: '', line: 2,
});

describe('competitionRanks', () => {
  it('ranks the highest score first and gives ties the same rank (1, 2, 2, 4)', () => {
    const ranks = competitionRanks([
      { unit: 'a', score: 40 },
      { unit: 'b', score: 45 },
      { unit: 'c', score: 40 },
      { unit: 'd', score: 39 },
    ]);
    expect(ranks.map((r) => [r.unit, r.rank, r.rankOf])).toEqual([
      ['b', 1, 4],
      ['a', 2, 4],
      ['c', 2, 4],
      ['d', 4, 4],
    ]);
  });

  it('treats sums that differ only by floating-point noise as ties', () => {
    const ranks = competitionRanks([
      { unit: 'a', score: 0.1 + 0.2 },
      { unit: 'b', score: 0.3 },
    ]);
    expect(ranks.map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe('computedRanks', () => {
  it('counts only provinces with a published score: the denominator drops with missing provinces', () => {
    const figures = [
      figure('P59', 40.443),
      figure('P60', 45),
      figure('P61', undefined, 'did_not_take_part'),
      figure('P01', undefined, 'not_published'),
      figure('VN', 43.4),
      figure('CT-ninh-kieu', 60),
    ];
    const ranks = computedRanks(figures, tinyCatalog(), 'papi', 'total');
    expect(ranks.get('P59')).toMatchObject({ rank: 2, rankOf: 2 });
    expect(ranks.get('P60')).toMatchObject({ rank: 1, rankOf: 2 });
    expect(ranks.has('P61')).toBe(false);
    expect(ranks.has('VN')).toBe(false);
    expect(ranks.has('CT-ninh-kieu')).toBe(false);
  });

  it('leaves conflicting values out of the ranking', () => {
    const ranks = computedRanks([figure('P59', 40), figure('P60', 41, 'conflict')], tinyCatalog(), 'papi', 'total');
    expect([...ranks.keys()]).toEqual(['P59']);
  });
});
