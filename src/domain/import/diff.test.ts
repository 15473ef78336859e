import { describe, expect, it } from 'vitest';
import type { Figure } from '@/domain/types';
import { diffFigures, diffFiguresInTurns } from './diff';
import { mergeFigures } from './merge';
import { figureTable } from './figure-table';

const f = (unit: string, score?: number, status: Figure['status'] = 'published', extra: Partial<Figure> = {}): Figure => ({
  index: 'par', year: 2024, unit, component: 'total', score, status, sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});

describe('diffFigures', () => {
  it('sorts incoming figures into new, changed, removed and unchanged', () => {
    const current = [f('P59', 89.13), f('P01', 90), f('P60', 80)];
    const incoming = [f('P59', 89.13), f('P01', 91), f('P60', undefined, 'not_published'), f('P61', 85)];
    const diff = diffFigures(current, figureTable('par', 2024, incoming));
    expect(diff).toMatchObject({ added: 1, changed: 1, removed: 1, unchanged: 1 });
    expect(diff.rows.map((x) => [x.kind, x.after.unit, x.before?.score, x.after.score])).toEqual([
      ['added', 'P61', undefined, 85],
      ['changed', 'P01', 90, 91],
      ['removed', 'P60', 80, undefined],
    ]);
  });

  it.each([
    ['a note', { note: 'Số liệu đã hiệu chỉnh' }],
    ['a source', { sources: ['s2'] }],
    ['a second source', { sources: ['s1', 's2'] }],
    ['a derivation', { derivation: 'sum' }],
  ])('counts a change of %s alone as a change', (_, change) => {
    const diff = diffFigures([f('P59', 89.13)], figureTable('par', 2024, [f('P59', 89.13, 'published', change)]));
    expect(diff).toMatchObject({ added: 0, changed: 1, removed: 0, unchanged: 0 });
    expect(diff.rows[0]?.after).toMatchObject(change);
  });

  it.each([
    ['the same note, sources and derivation', { note: 'x', sources: ['s1', 's2'], derivation: 'sum' }, { note: 'x', sources: ['s1', 's2'], derivation: 'sum' }, true],
    ['other texts when the file states none (a wide table)', { note: 'x', sources: ['s1'], derivation: 'sum' }, { sources: ['s2'] }, false],
  ])('counts a figure with %s as unchanged', (_, before, after, texts) => {
    const diff = diffFigures([f('P59', 89.13, 'published', before)], figureTable('par', 2024, [f('P59', 89.13, 'published', after)]), { texts });
    expect(diff).toMatchObject({ changed: 0, unchanged: 1 });
  });

  it('counts a note a canonical file leaves out as a change: Apply would clear it', () => {
    const diff = diffFigures([f('P59', 89.13, 'published', { note: 'x' })], figureTable('par', 2024, [f('P59', 89.13)]));
    expect(diff).toMatchObject({ changed: 1, unchanged: 0 });
  });

  it('counts every row but keeps only the first of each kind for the preview', () => {
    const incoming = Array.from({ length: 100 }, (_, i) => f('P59', 80 + i / 100, 'conflict'));
    const diff = diffFigures([f('P59', 89.13)], figureTable('par', 2024, [f('P01', 90), ...incoming]), { shown: 40 });
    expect(diff).toMatchObject({ added: 1, changed: 100, removed: 0, unchanged: 0 });
    expect(diff.rows).toHaveLength(41);
    expect(diff.rows[0]).toMatchObject({ kind: 'added', after: { unit: 'P01' } });
  });
});

describe('diffFiguresInTurns', () => {
  const current = [f('P59', 89.13), f('P01', 90), f('P60', 80)];
  const incoming = figureTable('par', 2024, [f('P59', 89.13), f('P01', 91), f('P60', undefined, 'not_published'), f('P61', 85), f('P62', 70)]);

  it('gives the diff of one go, a piece of rows per turn', async () => {
    let turns = 0;
    const nextTurn = async () => void turns++;
    const diff = await diffFiguresInTurns(current, incoming, {}, { nextTurn, signal: new AbortController().signal, rowsPerTurn: 2 });
    expect(diff).toEqual(diffFigures(current, incoming));
    expect(turns).toBe(3);
  });

  it('stops between two pieces once aborted', async () => {
    const stop = new AbortController();
    let turns = 0;
    const nextTurn = async () => void (++turns === 2 && stop.abort());
    expect(await diffFiguresInTurns(current, incoming, {}, { nextTurn, signal: stop.signal, rowsPerTurn: 2 })).toBeUndefined();
    expect(turns).toBe(2);
  });
});

describe('mergeFigures', () => {
  it('lets an imported figure replace every bundled row of its unit and component', () => {
    const bundled = [f('P20', 91.87, 'conflict'), f('P20', 91.81, 'conflict'), f('P59', 89)];
    const imported = [f('P20', 91.8, 'published', { imported: { file: 'a.csv', importedAt: '2026-11-25T10:00:00Z' } })];
    expect(mergeFigures(bundled, imported).map((x) => [x.unit, x.score])).toEqual([
      ['P59', 89],
      ['P20', 91.8],
    ]);
  });
});
