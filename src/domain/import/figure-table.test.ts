import { describe, expect, it } from 'vitest';
import type { Figure } from '@/domain/types';
import { figureTable, figureTableBuilder, tableBuffers, tableFigures } from './figure-table';

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

  it('keeps no rank columns for scores alone, and adds them, with gaps before, at the first rank', () => {
    const scores = Array.from({ length: 1500 }, (_, i) => figure({ score: i, line: i + 2 }));
    expect(tableBuffers(figureTable('papi', 2024, scores))).toHaveLength(5);
    const ranked = [...scores, figure({ unit: 'P01', score: 1, rankOf: 63 }), figure({ unit: 'P02', score: 2, rank: 3, rankOf: 63 }), ...scores];
    const table = figureTable('papi', 2024, ranked);
    expect(tableBuffers(table)).toHaveLength(7);
    expect(tableFigures(table)).toEqual(ranked.map((f) => ({ ...f, rank: f.rank, rankOf: f.rankOf })));
  });

  it('allocates the room reserved once and still grows past it', () => {
    const builder = figureTableBuilder('papi', 2024);
    builder.reserve(5000);
    const first = builder.table().score;
    const figures = Array.from({ length: 6000 }, (_, i) => figure({ score: i, note: i % 2 ? 'odd' : '', line: i + 2 }));
    figures.slice(0, 5000).forEach(builder.add);
    expect(builder.table().score).toBe(first);
    figures.slice(5000).forEach(builder.add);
    expect(builder.table().texts).toHaveLength(2);
    expect(tableFigures(builder.table())).toEqual(figures.map((f) => ({ ...f, rank: undefined, rankOf: undefined })));
  });
});
