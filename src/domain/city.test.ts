import { describe, expect, it } from 'vitest';
import { cityCodeIn, cityEra, cityLatestYear, cityLineage, cityUnitFor } from './city';
import { cityResults, mergerComparison, rankShare } from './city-results';
import { loadBundledCatalog, loadBundledIndex } from './testing/bundled-data';
import type { Figure } from './types';

const catalog = loadBundledCatalog();
const figure = (year: number, unit: string, score: number, rank: number, rankOf: number): Figure => ({
  index: 'par', year, unit, component: 'total', score, rank, rankOf, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2,
});

describe('cityUnitFor: which unit is "Cần Thơ"', () => {
  it.each([
    ['par', 2012, 'P59'],
    ['par', 2024, 'P59'],
    ['par', 2025, 'N25-can-tho'],
    ['sipas', 2026, 'N25-can-tho'],
    ['papi', 2024, 'P59'],
    [undefined, 2025, 'N25-can-tho'],
  ] as const)('%s %i → %s', (index, year, unit) => {
    expect(cityUnitFor(catalog, index, year)?.code).toBe(unit);
  });

  it('is no unit for an index that ranks the city’s own districts', () => {
    expect(cityUnitFor(catalog, 'ct-par', 2024)).toBeUndefined();
  });

  it.each([
    [2024, 'P59', 'P59'],
    [2025, 'P59', 'N25-can-tho'],
    [2024, 'N25-can-tho', 'P59'],
    [2025, 'P60', 'P60'],
    [undefined, 'P59', 'P59'],
  ] as const)('a chosen code shown in %s: %s → %s', (year, code, shown) => {
    expect(cityCodeIn(catalog, 'par', year, code)).toBe(shown);
  });
});

describe('cityLineage', () => {
  it('is the merged city and the three former provinces in 2025, the former city first', () => {
    const lineage = cityLineage(catalog, 'par', 2025);
    expect(lineage?.unit.code).toBe('N25-can-tho');
    expect(lineage?.previousYear).toBe(2024);
    expect(lineage?.predecessors.map((u) => u.code)).toEqual(['P59', 'P60', 'P61']);
  });

  it.each([2024, 2026])('is nothing in %i, when the city did not change', (year) => {
    expect(cityLineage(catalog, 'par', year)).toBeUndefined();
  });
});

describe('the city over the years', () => {
  const bundled = loadBundledIndex(catalog, 'par');
  const with2025 = new Map([...bundled, [2025, [figure(2025, 'N25-can-tho', 89.99, 12, 34), figure(2025, 'P01', 85, 20, 34)]]]);

  it.each([
    ['bundled', bundled, 2024, 'P59'],
    ['with 2025 rows', with2025, 2025, 'N25-can-tho'],
  ] as const)('%s: the latest year is %i, of %s', (_, byYear, year, unit) => {
    const latest = cityLatestYear(catalog, 'par', byYear.keys(), (code, y) => (byYear.get(y) ?? []).some((f) => f.unit === code));
    expect(latest).toBe(year);
    expect(cityResults(byYear, catalog, 'par', 'total').at(-1)).toMatchObject({ year, unit });
  });

  it('does not take a 2025 row of the former city as the city', () => {
    const stray = new Map([...bundled, [2025, [figure(2025, 'P59', 99, 1, 63)]]]);
    expect(cityResults(stray, catalog, 'par', 'total').at(-1)).toMatchObject({ year: 2025, unit: 'N25-can-tho', status: 'missing' });
  });

  it('puts the 2024 result of each predecessor beside the 2025 result, a gap where none is published', () => {
    const comparison = mergerComparison(with2025, catalog, 'par', 'total', 2025);
    expect(comparison?.result).toMatchObject({ score: 89.99, rank: { rank: 12, rankOf: 34 } });
    expect(comparison?.before.map((b) => [b.unit, b.result.status, b.result.score, b.result.rank?.rank, b.result.rank?.rankOf])).toEqual([
      ['P59', 'published', 89.13, 22, 63],
      ['P60', 'missing', undefined, undefined, undefined],
      ['P61', 'missing', undefined, undefined, undefined],
    ]);
    expect(mergerComparison(bundled, catalog, 'par', 'total', 2024)).toBeUndefined();
  });

  it.each([
    [12, 34, 35],
    [22, 63, 35],
    [1, 34, 3],
  ])('rank %i of %i is the top %i%%', (rank, rankOf, share) => {
    expect(rankShare(rank, rankOf)).toBe(share);
  });
});

describe('cityEra: the city before or after the merger', () => {
  it.each([
    ['P59', { kind: 'before' }],
    ['N25-can-tho', { kind: 'after', from: '2025-07-01' }],
    ['P60', undefined],
    ['P01', undefined],
  ] as const)('%s → %j', (code, era) => {
    expect(cityEra(catalog, code)).toEqual(era);
  });
});
