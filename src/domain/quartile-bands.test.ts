import { describe, expect, it } from 'vitest';
import { bandOf, percentile, quartileBands, quartileCutoffs } from './quartile-bands';

const entries = (scores: Record<string, number>) => Object.entries(scores).map(([unit, score]) => ({ unit, score }));

describe('percentile', () => {
  it.each([
    [[1, 2, 3, 4, 5], 0.25, 2],
    [[1, 2, 3, 4, 5], 0.5, 3],
    [[1, 2, 3, 4], 0.5, 2.5],
    [[1, 2, 3, 4], 0.75, 3.25],
    [[7], 0.25, 7],
  ])('of %j at %d is %d (linear interpolation, as QUARTILE.INC)', (values, p, expected) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('is not a number for no values', () => {
    expect(percentile([], 0.5)).toBeNaN();
  });
});

describe('quartileBands', () => {
  it('puts a quarter of eight distinct scores in each band', () => {
    const { cutoffs, bands } = quartileBands(entries({ a: 48, b: 46, c: 45, d: 44, e: 43, f: 42, g: 41, h: 39 }));
    expect(cutoffs).toEqual({ q1: 41.75, median: 43.5, q3: 45.25, count: 8 });
    expect([...bands.values()].map((b) => [b.unit, b.band])).toEqual([
      ['a', 'best'],
      ['b', 'best'],
      ['c', 'high-average'],
      ['d', 'high-average'],
      ['e', 'low-average'],
      ['f', 'low-average'],
      ['g', 'poorest'],
      ['h', 'poorest'],
    ]);
  });

  it('gives equal scores the same band, even across a quarter boundary', () => {
    const { bands } = quartileBands(entries({ a: 50, b: 45, c: 45, d: 45, e: 40 }));
    // q3 = 45: all three provinces at 45 are in the best band together.
    expect(bands.get('b')?.band).toBe('best');
    expect(bands.get('c')?.band).toBe('best');
    expect(bands.get('d')?.band).toBe('best');
    expect(bands.get('e')?.band).toBe('poorest');
  });

  it('treats sums that differ only by floating-point noise as ties', () => {
    const { bands } = quartileBands(entries({ a: 0.1 + 0.2, b: 0.3, c: 0.1, d: 0.2 }));
    expect(bands.get('a')?.band).toBe(bands.get('b')?.band);
  });

  it('bands only the provinces with a score: missing ones are not counted', () => {
    const { cutoffs, bands } = quartileBands(entries({ a: 40, b: 42, c: 44 }));
    expect(cutoffs?.count).toBe(3);
    expect(bands.has('missing')).toBe(false);
    expect(bands.get('c')?.band).toBe('best');
    expect(bands.get('a')?.band).toBe('poorest');
  });

  it('has no bands and no cutoffs without scores', () => {
    expect(quartileBands([])).toEqual({ bands: new Map() });
    expect(quartileCutoffs([Number.NaN])).toBeUndefined();
  });

  it('places a score exactly on a cutoff in the higher band', () => {
    const cutoffs = { q1: 40, median: 42, q3: 44, count: 4 };
    expect(bandOf(44, cutoffs)).toBe('best');
    expect(bandOf(42, cutoffs)).toBe('high-average');
    expect(bandOf(40, cutoffs)).toBe('low-average');
    expect(bandOf(39.999, cutoffs)).toBe('poorest');
  });
});
