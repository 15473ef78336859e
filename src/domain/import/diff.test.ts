import { describe, expect, it } from 'vitest';
import type { Figure } from '@/domain/types';
import { diffFigures, mergeFigures } from './diff';

const f = (unit: string, score?: number, status: Figure['status'] = 'published', extra: Partial<Figure> = {}): Figure => ({
  index: 'par', year: 2024, unit, component: 'total', score, status, sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});

describe('diffFigures', () => {
  it('sorts incoming figures into new, changed, removed and unchanged', () => {
    const current = [f('P59', 89.13), f('P01', 90), f('P60', 80)];
    const incoming = [f('P59', 89.13), f('P01', 91), f('P60', undefined, 'not_published'), f('P61', 85)];
    const diff = diffFigures(current, incoming);
    expect(diff.added.map((x) => x.unit)).toEqual(['P61']);
    expect(diff.changed.map((x) => [x.before.score, x.after.score])).toEqual([[90, 91]]);
    expect(diff.removed.map((x) => x.before.unit)).toEqual(['P60']);
    expect(diff.unchanged).toBe(1);
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
