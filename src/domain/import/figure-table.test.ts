import { describe, expect, it } from 'vitest';
import type { Figure } from '@/domain/types';
import { figureTable, tableFigures } from './figure-table';

const figure = (extra: Partial<Figure>): Figure => ({
  index: 'papi', year: 2024, unit: 'P59', component: 'total', status: 'published', sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});

describe('figureTable', () => {
  it('gives back every figure as it went in, gaps included, past the first growth of its arrays', () => {
    const figures = [
      figure({ score: 40.44, rank: 59, rankOf: 61, sources: ['s1', 's2'], derivation: 'sum of D1–D8', note: 'a note' }),
      figure({ unit: 'P17', status: 'did_not_take_part', sources: [], line: 3 }),
      ...Array.from({ length: 3000 }, (_, i) => figure({ component: `D${(i % 8) + 1}`, score: i / 1000, status: 'conflict', line: i + 4 })),
    ];
    const table = figureTable('papi', 2024, figures);
    expect(table.count).toBe(3002);
    expect(table.pairs).toHaveLength(10);
    expect(tableFigures(table)).toEqual(figures.map((f) => ({ ...f, score: f.score, rank: f.rank, rankOf: f.rankOf })));
  });
});
