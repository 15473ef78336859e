import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import type { Figure } from '@/domain/types';
import { buildOverviewCard, trendDomain, trendRows, unitLineage } from './overview-model';

const f = (index: string, year: number, unit: string, score?: number, rank?: number, rankOf?: number, extra: Partial<Figure> = {}): Figure => ({
  index, year, unit, component: 'total', score, rank, rankOf, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});

describe('buildOverviewCard', () => {
  const catalog = tinyCatalog();
  const par = catalog.indices.get('par');
  const papi = catalog.indices.get('papi');
  if (!par || !papi) throw new Error('tiny catalogue lacks indices');

  it('shows the latest year, and the latest published score when that year has none', () => {
    const byYear = new Map([
      [2022, [f('par', 2022, 'P59', 86.11, 26, 63)]],
      [2023, [f('par', 2023, 'P59', undefined, 42, 63, { derivation: '22 + 20 = 42', sources: ['s2'] })]],
    ]);
    const card = buildOverviewCard(catalog, par, byYear, 'P59');
    expect(card?.latestYear).toBe(2023);
    expect(card?.score).toEqual({ year: 2022, value: 86.11 });
    expect(card?.rank).toEqual({ year: 2023, value: { rank: 42, rankOf: 63, kind: 'official' } });
    expect(card?.change).toMatchObject({ fromYear: 2022, places: -16, points: undefined });
    expect(card?.derivations).toEqual([{ years: [2023], text: '22 + 20 = 42' }]);
    expect(card?.sources.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('computes the PAPI rank and mean and uses the scale of the period', () => {
    const byYear = new Map([[2024, [f('papi', 2024, 'P59', 40.443), f('papi', 2024, 'P60', 44), f('papi', 2024, 'P61', 46)]]]);
    const card = buildOverviewCard(catalog, papi, byYear, 'P59');
    expect(card?.rank?.value).toEqual({ rank: 3, rankOf: 3, kind: 'computed' });
    expect(card?.mean?.value).toEqual({ value: 43.481, kind: 'computed', count: 3 });
    expect(card?.scoreMax).toBe(80);
  });

  it('has no card for a unit without any figure', () => {
    expect(buildOverviewCard(catalog, par, new Map([[2024, [f('par', 2024, 'P01', 80)]]]), 'P59')).toBeUndefined();
  });
});

describe('trendRows', () => {
  const catalog = tinyCatalog();

  it('leaves a gap for a year without data and starts a new line at a methodology break', () => {
    const results = [
      { year: 2016, status: 'published' as const, score: 39.5 },
      { year: 2017, status: 'published' as const, score: 38.3 },
      { year: 2018, status: 'published' as const, score: 46.1 },
      { year: 2020, status: 'published' as const, score: 42.9 },
    ];
    const { rows, segments } = trendRows(results, catalog, 'papi');
    expect(segments).toEqual(['s0', 's1']);
    expect(rows).toEqual([
      { year: 2016, s0: 39.5, s1: null },
      { year: 2017, s0: 38.3, s1: null },
      { year: 2018, s0: null, s1: 46.1 },
      { year: 2019, s0: null, s1: null },
      { year: 2020, s0: null, s1: 42.9 },
    ]);
    expect(trendDomain(rows)).toEqual([37, 48]);
  });
});

describe('unitLineage', () => {
  it('says from which day old Cần Thơ is part of the new city, and its last year', () => {
    const lineage = unitLineage(tinyCatalog(), 'P59');
    expect(lineage?.successor.code).toBe('N25-can-tho');
    expect(lineage?.merged.map((u) => u.code)).toEqual(['P59', 'P60', 'P61']);
    expect(lineage?.from).toBe('2025-07-01');
    expect(lineage?.lastYear).toBe(2024);
  });
});
