import { describe, expect, it } from 'vitest';
import type { FiguresByYear } from '@/domain/results';
import { denominatorKey, segmentKey } from '@/domain/series/split-series';
import { buildBump, type BumpInput } from './bump-model';
import { fig, rankingsCatalog } from './testing-catalog';

const catalog = rankingsCatalog();
const papiIndex = catalog.indices.get('papi');
if (!papiIndex) throw new Error('papi');

// 2016, 2017 on the 6–60 scale; 2018 on 8–80; no file for 2019; 2020 with Hậu Giang missing.
const papi: FiguresByYear = new Map([
  [2016, [fig('papi', 2016, 'P59', 39.5), fig('papi', 2016, 'P60', 38), fig('papi', 2016, 'P61', 37), fig('papi', 2016, 'P01', 40)]],
  [2017, [fig('papi', 2017, 'P59', 38.3), fig('papi', 2017, 'P60', 39), fig('papi', 2017, 'P61', 37), fig('papi', 2017, 'P01', 40)]],
  [2018, [fig('papi', 2018, 'P59', 46.1), fig('papi', 2018, 'P60', 44), fig('papi', 2018, 'P61', 45), fig('papi', 2018, 'P01', 47)]],
  [2020, [fig('papi', 2020, 'P59', 42.9), fig('papi', 2020, 'P60', undefined, { status: 'not_published' }), fig('papi', 2020, 'P61', 41)]],
]);
const input = (change: Partial<BumpInput> = {}): BumpInput => ({ catalog, index: papiIndex, byYear: papi, component: 'total', year: 2020, set: 'mekong', selected: ['P59'], ...change });

describe('buildBump', () => {
  it('draws Cần Thơ and the Mekong Delta provinces, Cần Thơ first, then by rank in the chosen year', () => {
    const bump = buildBump(input());
    expect(bump.units.map((u) => u.code)).toEqual(['P59', 'P61', 'P60']);
    expect(bump.city).toEqual(['P59']);
    expect(bump.years).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(bump.breaks).toEqual([2018]);
  });

  it('splits each line at the methodology break of the total and at a change of denominator, and leaves gaps as nulls', () => {
    const bump = buildBump(input());
    expect(bump.series.filter((s) => s.unit.code === 'P59').map((s) => s.key)).toEqual([segmentKey('P59', 0), segmentKey('P59', 1), segmentKey('P59', 2)]);
    const [before, after, fewer] = [0, 1, 2].map((n) => segmentKey('P59', n));
    // 2020 ranks out of 2, not 4: its own segment, not joined to 2018.
    expect(bump.rows.map((r) => [r.year, r[before!], r[after!], r[fewer!]])).toEqual([
      [2016, 2, null, null],
      [2017, 3, null, null],
      [2018, null, 2, null],
      [2019, null, null, null],
      [2020, null, null, 1],
    ]);
    expect(bump.breaks).toEqual([2018]);
  });

  it('keeps each rank\'s denominator beside it, which drops when a province has no score', () => {
    const bump = buildBump(input());
    expect(bump.rows.find((r) => r.year === 2018)?.[denominatorKey(segmentKey('P59', 1))]).toBe(4);
    expect(bump.rows.find((r) => r.year === 2020)?.[denominatorKey(segmentKey('P59', 2))]).toBe(2);
    expect(bump.maxRank).toBe(4);
    expect(bump.table.find((t) => t.unit.code === 'P60')?.ranks.map((r) => r && `${r.rank}/${r.rankOf}`)).toEqual(['3/4', '2/4', '4/4', undefined, undefined]);
  });

  it('takes the top 10 of the chosen year, with Cần Thơ', () => {
    expect(buildBump(input({ set: 'top10', year: 2018 })).units.map((u) => u.code)).toEqual(['P59', 'P01', 'P61', 'P60']);
  });

  it('takes the units selected in the picker, and says which have no rank at all', () => {
    const bump = buildBump(input({ set: 'selected', selected: ['P01', 'N25-can-tho', 'CT-ninh-kieu'] }));
    expect(bump.units.map((u) => u.code)).toEqual(['P01']);
    expect(bump.unranked.map((u) => u.code)).toEqual(['N25-can-tho']);
  });

  it('draws the city before and after its merger strong (the one rule of domain/city)', () => {
    const byYear: FiguresByYear = new Map([...papi, [2025, [fig('papi', 2025, 'N25-can-tho', 45), fig('papi', 2025, 'P01', 44)]]]);
    const bump = buildBump(input({ byYear, year: 2025, set: 'selected', selected: ['P01', 'N25-can-tho', 'P59'] }));
    expect(bump.units.map((u) => u.code)).toEqual(['N25-can-tho', 'P59', 'P01']);
    expect(bump.city).toEqual(['N25-can-tho', 'P59']);
  });

  it('draws every ranked district for the city\'s own ranking', () => {
    const ctPar = catalog.indices.get('ct-par');
    if (!ctPar) throw new Error('ct-par');
    const byYear: FiguresByYear = new Map([
      [2015, [fig('ct-par', 2015, 'CT-o-mon', undefined, { rank: 5, rankOf: 9 })]],
      [2016, [fig('ct-par', 2016, 'CT-o-mon', undefined, { rank: 1, rankOf: 9 }), fig('ct-par', 2016, 'CT-ninh-kieu', undefined, { rank: 4, rankOf: 9 })]],
    ]);
    const bump = buildBump({ catalog, index: ctPar, byYear, component: 'total', year: 2016, set: 'mekong', selected: ['P59'] });
    expect(bump.units.map((u) => u.code)).toEqual(['CT-o-mon', 'CT-ninh-kieu']);
    expect(bump.breaks).toEqual([]);
    expect(bump.rows).toEqual([
      { year: 2015, 'CT-o-mon~0': 5, 'CT-o-mon~0:of': 9, 'CT-ninh-kieu~0': null, 'CT-ninh-kieu~0:of': null },
      { year: 2016, 'CT-o-mon~0': 1, 'CT-o-mon~0:of': 9, 'CT-ninh-kieu~0': 4, 'CT-ninh-kieu~0:of': 9 },
    ]);
  });
});
