import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import type { Figure } from '@/domain/types';
import { buildOverviewCard, cardTrend, headlineSettled, unitLineage } from './overview-model';

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
    const card = buildOverviewCard(catalog, par, byYear);
    expect(card?.latestYear).toBe(2023);
    expect(card?.score).toEqual({ year: 2022, value: 86.11 });
    expect(card?.rank).toEqual({ year: 2023, value: { rank: 42, rankOf: 63, kind: 'official' } });
    expect(card?.change).toMatchObject({ fromYear: 2022, places: -16, points: undefined });
    expect(card?.derivations).toEqual([{ years: [2023], text: '22 + 20 = 42' }]);
    expect(card?.sources.map((s) => s.id)).toEqual(['s2', 's1']);
  });

  it('computes the PAPI rank and mean and uses the scale of the period', () => {
    const byYear = new Map([[2024, [f('papi', 2024, 'P59', 40.443), f('papi', 2024, 'P60', 44), f('papi', 2024, 'P61', 46)]]]);
    const card = buildOverviewCard(catalog, papi, byYear);
    expect(card?.rank?.value).toEqual({ rank: 3, rankOf: 3, kind: 'computed' });
    expect(card?.mean?.value).toEqual({ value: 43.481, kind: 'computed', count: 3 });
    expect(card?.scoreMax).toBe(80);
  });

  it('has no card for a unit without any figure', () => {
    expect(buildOverviewCard(catalog, par, new Map([[2024, [f('par', 2024, 'P01', 80)]]]))).toBeUndefined();
  });
});

describe('headlineSettled', () => {
  const catalog = tinyCatalog();
  const par = catalog.indices.get('par');
  if (!par) throw new Error('tiny catalogue lacks par');
  const years = [2021, 2022, 2023, 2024];
  const y2023 = [f('par', 2023, 'P59', 85, 42, 63)];
  const y2024 = [f('par', 2024, 'P59', 89.13, 22, 63)];

  it('is settled by the latest year and the year before, when the latest year has a score and a rank', () => {
    const loaded = new Map([[2023, y2023], [2024, y2024]]);
    const card = buildOverviewCard(catalog, par, loaded);
    if (!card) throw new Error('no card');
    expect(headlineSettled(card, loaded, years)).toBe(true);
    expect(card.change).toMatchObject({ fromYear: 2023, places: 20 });
  });

  it('waits for the year before, which the change is measured against', () => {
    const loaded = new Map([[2024, y2024]]);
    const card = buildOverviewCard(catalog, par, loaded);
    if (!card) throw new Error('no card');
    expect(headlineSettled(card, loaded, years)).toBe(false);
  });

  it('waits for older years while no loaded year has a published score, which an older year may give', () => {
    const gap = (year: number) => [f('par', year, 'P59', undefined, 30, 63, { status: 'not_published' })];
    const loaded = new Map([[2023, gap(2023)], [2024, gap(2024)]]);
    const card = buildOverviewCard(catalog, par, loaded);
    if (!card) throw new Error('no card');
    expect(card.score).toBeUndefined();
    expect(headlineSettled(card, loaded, years)).toBe(false);

    const withOlder = new Map([[2022, [f('par', 2022, 'P59', 86.11, 26, 63)]], ...loaded]);
    const settled = buildOverviewCard(catalog, par, withOlder);
    if (!settled) throw new Error('no card');
    expect(settled.score).toEqual({ year: 2022, value: 86.11 });
    expect(headlineSettled(settled, withOlder, years)).toBe(true);
  });

  it('waits for a newer year not loaded yet, even one the unit is missing from', () => {
    const loaded = new Map([[2022, y2023], [2023, y2023]]);
    const card = buildOverviewCard(catalog, par, loaded);
    if (!card) throw new Error('no card');
    expect(headlineSettled(card, loaded, years)).toBe(false);
  });

  it('waits for every year when no loaded year has a score', () => {
    const loaded = new Map([[2024, [f('par', 2024, 'P59', undefined, undefined, undefined, { status: 'not_published' })]]]);
    const card = buildOverviewCard(catalog, par, loaded);
    if (!card) throw new Error('no card');
    expect(headlineSettled(card, loaded, years)).toBe(false);
    expect(headlineSettled(card, loaded, [2024])).toBe(true);
  });
});

describe('the headline from the latest years of the bundled data', () => {
  const catalog = loadBundledCatalog();
  it.each(['par', 'sipas', 'papi'])('is the headline from every year (%s), once the years it needs are in, newest first', (code) => {
    const index = catalog.indices.get(code);
    if (!index) throw new Error(`no ${code}`);
    const all = loadBundledIndex(catalog, code);
    const full = buildOverviewCard(catalog, index, all);
    if (!full) throw new Error(`no ${code} card`);
    const years = [...all.keys()].sort((a, b) => b - a);
    const loaded = new Map<number, Figure[]>();
    for (const year of years) {
      loaded.set(year, all.get(year) ?? []);
      const card = buildOverviewCard(catalog, index, loaded);
      if (!card || !headlineSettled(card, loaded, years)) continue;
      const headline = ({ latestYear, score, rank, change, mean, sources, derivations }: typeof full) => ({ latestYear, score, rank, change, mean, sources, derivations });
      expect(headline(card)).toEqual(headline(full));
      if (code === 'papi') expect(loaded.size).toBe(2);
      return;
    }
    throw new Error('never settled');
  }, 60_000); // reads every bundled PAPI file: slow on a busy shared machine
});

describe('the card across the merger', () => {
  const catalog = loadBundledCatalog();
  const par = catalog.indices.get('par');
  if (!par) throw new Error('no par');
  const bundled = loadBundledIndex(catalog, 'par');
  // Made-up 2025 figures (TEST-NOT-REAL), as an import would add them.
  const with2025 = new Map([...bundled, [2025, [f('par', 2025, 'N25-can-tho', 89.99, 12, 34), f('par', 2025, 'P01', 84.41, 30, 34)]]]);

  it.each([
    ['bundled state', bundled, 2024, 'P59', { value: 89.13, year: 2024 }, { rank: 22, rankOf: 63 }, false],
    ['with 2025 rows', with2025, 2025, 'N25-can-tho', { value: 89.99, year: 2025 }, { rank: 12, rankOf: 34 }, true],
  ] as const)('%s: the city of %i is %s', (_, byYear, year, unit, score, rank, merged) => {
    const card = buildOverviewCard(catalog, par, byYear);
    expect(card?.latestYear).toBe(year);
    expect(card?.unit).toBe(unit);
    expect(card?.score).toEqual(score);
    expect(card?.rank?.value).toMatchObject(rank);
    expect(card?.merger !== undefined).toBe(merged);
    expect(card?.change !== undefined).toBe(!merged);
  });

  it('puts the predecessors’ 2024 results beside 2025 instead of a change in places, and breaks the trend line', () => {
    const card = buildOverviewCard(catalog, par, with2025);
    expect(card?.merger?.before.map((b) => [b.unit, b.result.score, b.result.rank?.rank])).toEqual([
      ['P59', 89.13, 22],
      ['P60', undefined, undefined],
      ['P61', undefined, undefined],
    ]);
    expect(card?.previous).toBeUndefined();
    const keys = card?.trend.segments.map((s) => s.key) ?? [];
    expect(keys.at(-1)).not.toBe(keys.at(-2));
    expect(card?.trend.rows.find((r) => r.year === 2025)?.[keys.at(-1) ?? '']).toBe(89.99);
    expect(card?.trend.rows.find((r) => r.year === 2024)?.[keys.at(-1) ?? '']).toBeNull();
  });
});

describe('cardTrend', () => {
  const catalog = tinyCatalog();

  it('leaves a gap for a year without data and starts a new line at a methodology break', () => {
    const results = [
      { year: 2016, unit: 'P59', status: 'published' as const, score: 39.5 },
      { year: 2017, unit: 'P59', status: 'published' as const, score: 38.3 },
      { year: 2018, unit: 'P59', status: 'published' as const, score: 46.1 },
      { year: 2020, unit: 'P59', status: 'published' as const, score: 42.9 },
    ];
    const trend = cardTrend(results, catalog, 'papi');
    expect(trend?.segments.map((s) => s.key)).toEqual(['score~0', 'score~1']);
    expect(trend?.rows).toEqual([
      { year: 2016, 'score~0': 39.5, 'score~1': null },
      { year: 2017, 'score~0': 38.3, 'score~1': null },
      { year: 2018, 'score~0': null, 'score~1': 46.1 },
      { year: 2019, 'score~0': null, 'score~1': null },
      { year: 2020, 'score~0': null, 'score~1': 42.9 },
    ]);
    expect(trend?.domain).toEqual([37, 48]);
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
