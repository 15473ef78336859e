import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import type { Figure } from '@/domain/types';
import { componentOptions } from './component-options';
import { trendExportTable } from './trend-export';
import { buildTrendsModel, type TrendSelection } from './trends-model';

const f = (year: number, unit: string, score?: number, extra: Partial<Figure> = {}): Figure => ({
  index: 'papi', year, unit, component: 'total', score, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});

const catalog = tinyCatalog();
const papi = catalog.indices.get('papi');
if (!papi) throw new Error('no papi in the tiny catalogue');

const byYear = new Map([
  [2016, [f(2016, 'P59', 39.6), f(2016, 'P60', 36), f(2016, 'P61', 37)]],
  [2017, [f(2017, 'P59', 38.3), f(2017, 'P60', 37), f(2017, 'P61', undefined, { status: 'not_published' })]],
  [2018, [f(2018, 'P59', 46.1), f(2018, 'P60', 47), f(2018, 'P61', 45)]],
  [2019, [f(2019, 'P59', 45.7), f(2019, 'P60', 44), f(2019, 'P61', 46)]],
]);

const selection = (change: Partial<TrendSelection> = {}): TrendSelection => ({ units: ['P59'], measure: 'score', component: 'total', refs: [], ...change });
const build = (change: Partial<TrendSelection> = {}) => buildTrendsModel(catalog, papi, byYear, selection(change), (u) => u.shortVi, (r, computed) => `${r}${computed ? '*' : ''}`);

describe('buildTrendsModel', () => {
  it('splits a unit into one series per comparable period and marks the break year', () => {
    const model = build();
    expect(model?.rows).toEqual([
      { year: 2016, 'P59~0': 39.6, 'P59~1': null },
      { year: 2017, 'P59~0': 38.3, 'P59~1': null },
      { year: 2018, 'P59~0': null, 'P59~1': 46.1 },
      { year: 2019, 'P59~0': null, 'P59~1': 45.7 },
    ]);
    expect(model?.series.map((s) => [s.key, s.legendKey, s.emphasis])).toEqual([
      ['P59~0', 'P59', true],
      ['P59~1', 'P59', true],
    ]);
    expect(model?.breaks).toEqual([2018]);
  });

  it('gives ranks with their denominators on an inverted scale starting at 1, never joining ranks out of different totals', () => {
    const model = build({ measure: 'rank', units: ['P59', 'P61'] });
    // 2016 out of 3, 2017 out of 2 (P61 not published), 2018 a new method: three periods, markers only at the method break.
    expect(model?.rows[0]).toMatchObject({ year: 2016, 'P59~0': 1, 'P59~0:of': 3, 'P59~1': null });
    expect(model?.rows[1]).toMatchObject({ year: 2017, 'P59~0': null, 'P59~1': 1, 'P59~1:of': 2 });
    expect(model?.rows[3]).toMatchObject({ 'P59~2': 2, 'P59~2:of': 3, 'P61~2': 1 });
    expect(model?.breaks).toEqual([2018]);
    expect(model?.yDomain[0]).toBe(1);
    expect(model?.yTicks).toEqual([1, 2, 3]);
    // What the axis note names: out of 3, of 2 in 2017, of 3 again from 2018.
    expect(model?.denominators).toEqual([
      { of: 3, from: 2016, to: 2016 },
      { of: 2, from: 2017, to: 2017 },
      { of: 3, from: 2018, to: 2019 },
    ]);
    expect(build()?.denominators).toEqual([]);
  });

  it('draws computed reference lines, labelled as computed, with the best unit named', () => {
    const model = build({ refs: ['national', 'region', 'best'] });
    const row2016 = model?.rows[0];
    expect(row2016?.['ref-national~0']).toBeCloseTo((39.6 + 36 + 37) / 3, 6);
    expect(row2016?.['ref-region~0']).toBeCloseTo((39.6 + 36 + 37) / 3, 6);
    expect(row2016?.['ref-best~0']).toBe(39.6);
    expect(row2016?.['ref-best~0:unit']).toBe('Cần Thơ');
    const legend = new Map(model?.series.filter((s) => s.reference).map((s) => [s.legendKey, s.label]));
    expect([...legend.values()]).toEqual(['national*', 'region*', 'best*']);
  });

  it('draws no reference line for ranks', () => {
    expect(build({ measure: 'rank', refs: ['national'] })?.series.some((s) => s.reference)).toBe(false);
  });

  it('clamps the year range to the loaded years and keeps from ≤ to', () => {
    expect(build({ from: 2000, to: 2017 })?.range).toEqual({ from: 2016, to: 2017 });
    expect(build({ from: 2019, to: 2030 })?.rows.map((r) => r.year)).toEqual([2019]);
  });

  it('names the selected units that have no figure and those whose series ended', () => {
    const model = build({ units: ['P59', 'P01'] });
    expect(model?.unitsWithoutData.map((u) => u.code)).toEqual(['P01']);
    expect(model?.endedUnits).toEqual([{ unit: catalog.units.get('P59'), lastYear: 2024 }]);
  });
});

describe('componentOptions', () => {
  it('lists dimensions with their sub-dimensions after them', () => {
    expect(componentOptions(catalog, 'papi').map((c) => [c.code, c.depth])).toEqual([
      ['D1', 0],
      ['SC11', 1],
    ]);
  });
});

describe('trendExportTable', () => {
  it('writes a column per unit, and beside each rank its denominator, numbers as numbers', () => {
    const model = build({ measure: 'rank', units: ['P59'] });
    if (!model) throw new Error('no model');
    const table = trendExportTable(model, 'rank', { year: 'Năm', outOf: (label) => `${label}: trên` });
    expect(table.header).toEqual(['Năm', 'Cần Thơ', 'Cần Thơ: trên']);
    expect(table.rows).toEqual([
      [2016, 1, 3],
      [2017, 1, 2],
      [2018, 2, 3],
      [2019, 2, 3],
    ]);
    // Ranks and denominators are shown without decimals; the year keeps Excel's General format.
    expect(table.columns).toEqual([undefined, { decimals: 0 }, { decimals: 0 }]);
    expect(model.figures.map((f) => f.year)).toEqual([2016, 2017, 2018, 2019]);
  });

  it('gives a score column the 2 decimals the table shows (PAPI scores in points, no % sign)', () => {
    const model = build({ measure: 'score', units: ['P59'] });
    if (!model) throw new Error('no model');
    const table = trendExportTable(model, 'score', { year: 'Năm', outOf: (label) => `${label}: trên` });
    expect(table.columns).toEqual([undefined, { decimals: 2, percent: false }]);
  });
});

describe('buildTrendsModel with a whole region', () => {
  it('mutes the other units when more are chosen than there are colours, Cần Thơ staying strong', () => {
    const bundled = loadBundledCatalog();
    const mekong = ['P59', 'P51', 'P52', 'P53', 'P54', 'P55', 'P56', 'P57', 'P58', 'P60', 'P61', 'P62', 'P63'];
    // Made-up scores, not real data: one year for each of the 13 units.
    const figures = new Map([[2024, mekong.map((unit, i) => f(2024, unit, 40 + i))]]);
    const model = buildTrendsModel(bundled, papi, figures, selection({ units: mekong }), (u) => u.shortVi, String);
    expect(model?.series.filter((s) => s.emphasis).map((s) => s.unit)).toEqual(['P59']);
    expect(model?.series.filter((s) => s.muted)).toHaveLength(12);
    expect(build({ units: ['P59', 'P60', 'P61'] })?.series.some((s) => s.muted)).toBe(false);
  });
});

describe('buildTrendsModel across the merger', () => {
  const bundled = loadBundledCatalog();
  const par = bundled.indices.get('par');
  if (!par) throw new Error('no par');
  const p = (year: number, unit: string, score: number, rank: number, rankOf: number): Figure => ({ ...f(year, unit, score), index: 'par', rank, rankOf });
  // 2024: the published result of the former city; 2025: made-up figures (TEST-NOT-REAL), as an import adds them.
  const y2024 = [p(2024, 'P59', 89.13, 22, 63)];
  const y2025 = [p(2025, 'N25-can-tho', 89.99, 12, 34), p(2025, 'P01', 84.41, 30, 34)];
  const trend = (data: Map<number, Figure[]>, refs: TrendSelection['refs'] = []) =>
    buildTrendsModel(bundled, par, data, selection({ refs }), (u) => u.shortVi, (r) => r);

  it.each([
    ['with 2025 rows', new Map([[2024, y2024], [2025, y2025]]), ['P59', 'N25-can-tho'], ['P60', 'P61'], [2025]],
    ['bundled state (2024 last)', new Map([[2023, [p(2023, 'P59', 85, 42, 63)]], [2024, y2024]]), ['P59'], [], []],
  ] as const)('%s: lines of %j, predecessors without data %j, the merger marked at %j', (_, data, drawn, without, mergers) => {
    const model = trend(data);
    expect([...new Set(model?.series.flatMap((s) => (s.unit ? [s.unit] : [])))]).toEqual(drawn);
    expect(model?.unitsWithoutData.map((u) => u.code)).toEqual(without);
    expect(model?.mergers).toEqual(mergers);
  });

  it('never joins the former and the merged city in one line', () => {
    const model = trend(new Map([[2024, y2024], [2025, y2025]]));
    const row = (year: number) => model?.rows.find((r) => r.year === year);
    const former = model?.series.find((s) => s.unit === 'P59')?.key ?? '';
    const merged = model?.series.find((s) => s.unit === 'N25-can-tho')?.key ?? '';
    expect([row(2024)?.[former], row(2025)?.[former]]).toEqual([89.13, null]);
    expect([row(2024)?.[merged], row(2025)?.[merged]]).toEqual([null, 89.99]);
  });

  it('says the Mekong Delta of 2025 is inferred where the region line is drawn', () => {
    expect(trend(new Map([[2024, y2024], [2025, y2025]]), ['region'])?.inferredRegionYears).toEqual([2025]);
    expect(trend(new Map([[2024, y2024], [2025, y2025]]))?.inferredRegionYears).toEqual([]);
  });
});
