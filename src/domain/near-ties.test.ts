import { describe, expect, it } from 'vitest';
import { computedRanks } from './ranking';
import { distinguishingDigits } from './near-ties';
import { loadBundledCatalog, loadBundledIndex } from './testing/bundled-data';
import { TOTAL } from './types';

describe('distinguishingDigits', () => {
  it('gives a third decimal to scores that print alike at two decimals but rank differently', () => {
    const digits = distinguishingDigits([
      { unit: 'A', score: 44.100383, rank: 21 },
      { unit: 'B', score: 44.09623, rank: 22 },
      { unit: 'C', score: 43.5, rank: 23 },
    ]);
    expect(digits).toEqual(new Map([['A', 3], ['B', 3]]));
  });

  it('leaves true ties (same rank) and unranked rows at two decimals', () => {
    expect(distinguishingDigits([{ unit: 'A', score: 96.93, rank: 2 }, { unit: 'B', score: 96.93, rank: 2 }, { unit: 'C', score: 96.931 }]).size).toBe(0);
  });

  it('goes as far as needed to tell two scores apart', () => {
    expect(distinguishingDigits([{ unit: 'A', score: 50.1234, rank: 1 }, { unit: 'B', score: 50.1231, rank: 2 }]).get('A')).toBe(4);
  });

  it('finds Bạc Liêu and Bắc Kạn in the bundled PAPI 2024 (both 44,10; computed ranks 21 and 22)', () => {
    const catalog = loadBundledCatalog();
    const figures = loadBundledIndex(catalog, 'papi').get(2024) ?? [];
    const ranks = computedRanks(figures, catalog, 'papi', TOTAL);
    const entries = figures.filter((f) => f.component === TOTAL && ranks.has(f.unit)).map((f) => ({ unit: f.unit, score: f.score, rank: ranks.get(f.unit)?.rank }));
    const digits = distinguishingDigits(entries);
    expect(digits.get('P62')).toBe(3);
    expect(digits.get('P04')).toBe(3);
    expect([ranks.get('P62')?.rank, ranks.get('P04')?.rank]).toEqual([21, 22]);
  });
});
