import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024, PAR_2024 } from '@/domain/testing/real-figures';
import { buildRankingsModel, rankingsBump, type RankingsSelection } from './rankings-model';

const selection = (change: Partial<RankingsSelection> = {}): RankingsSelection => ({ level: 'province', component: 'total', units: [CAN_THO], lang: 'vi', ...change });

describe('the rankings model on the bundled data', () => {
  const catalog = loadBundledCatalog();
  const index = (code: string) => {
    const found = catalog.indices.get(code);
    if (!found) throw new Error(code);
    return found;
  };

  it('PAPI 2024: Cần Thơ 59/61 (computed), 40.443, down 6 places, in the poorest band; 2 provinces did not take part', () => {
    const byYear = loadBundledIndex(catalog, 'papi');
    const model = buildRankingsModel(catalog, index('papi'), byYear, selection({ year: 2024 }));
    const canTho = model.rows.find((r) => r.unit.code === CAN_THO);
    expect(canTho).toMatchObject({ rank: PAPI_2024.rank, score: PAPI_2024.score, change: { places: PAPI_2024.places } });
    expect(canTho?.band).toBe('poorest');
    expect(model.counts).toEqual({ expected: 63, scored: 61, ranked: 61 });
    expect(model.rows.filter((r) => r.status === 'did_not_take_part').map((r) => r.unit.code).sort()).toEqual(PAPI_2024.didNotTakePart);
    expect(model.bars[0]?.score).toBeGreaterThan(model.bars.at(-1)?.score ?? Infinity);
    expect(rankingsBump(catalog, byYear, model, { set: 'mekong', selected: [CAN_THO] })?.breaks).toEqual([2018]);
    expect(model.positions.find((p) => p.group.code === 'central-cities')?.result).toMatchObject({ kind: 'position', of: 5 });
  });

  it('PAPI 2022: the mean drawn is the computed mean of the 61 provinces; the published 41.56 is a note of its own, credited', () => {
    const model = buildRankingsModel(catalog, index('papi'), loadBundledIndex(catalog, 'papi'), selection({ year: 2022 }));
    expect(model.mean).toMatchObject({ kind: 'computed', count: 61 });
    expect(model.mean?.value).not.toBe(41.56);
    expect(model.publishedMean).toMatchObject({ unit: 'VN', score: 41.56 });
    expect(model.sources.map((s) => s.id)).toContain('susta-papi-2022');
    expect(buildRankingsModel(catalog, index('papi'), loadBundledIndex(catalog, 'papi'), selection({ year: 2024 })).publishedMean).toBeUndefined();
  });

  it('PAPI 2024 on a phone: Cần Thơ and its neighbours are the ranks 55–61, the two provinces without a result left out', () => {
    const model = buildRankingsModel(catalog, index('papi'), loadBundledIndex(catalog, 'papi'), selection({ year: 2024, sort: 'name' }));
    const rankOf = new Map(model.rows.map((r) => [r.unit.code, r.rank?.rank]));
    expect(model.neighbours?.map((code) => rankOf.get(code))).toEqual([55, 56, 57, 58, 59, 60, 61]);
    expect(model.neighbours).toContain(CAN_THO);
  });

  it('PAR Index 2024: three scores published out of 63 (Hải Phòng, Cà Mau, Cần Thơ), seven official ranks as published', () => {
    const model = buildRankingsModel(catalog, index('par'), loadBundledIndex(catalog, 'par'), selection());
    expect(model.year).toBe(2024);
    expect(model.counts).toEqual({ expected: 63, scored: 3, ranked: 7 });
    expect(model.rows.filter((r) => r.score !== undefined).map((r) => r.unit.code).sort()).toEqual(['P20', 'P59', 'P63']);
    expect(model.rows.find((r) => r.unit.code === CAN_THO)?.rank).toEqual(PAR_2024.rank);
    expect(model.mean).toEqual({ value: PAR_2024.mean, kind: 'published' });
  });

  it('ct-par 2016: Ô Môn 1/9, Thới Lai 3/9, Thốt Nốt 7/9, six districts without figures, nothing for 2017–2024', () => {
    const model = buildRankingsModel(catalog, index('ct-par'), loadBundledIndex(catalog, 'ct-par'), selection({ level: 'district' }));
    expect(model.availability).toBe('ranks-only');
    expect(model.rows.map((r) => [r.unit.code, r.rank?.rank, r.rank?.rankOf])).toEqual([
      ['CT-o-mon', 1, 9],
      ['CT-thoi-lai', 3, 9],
      ['CT-thot-not', 7, 9],
    ]);
    expect(model.missing).toHaveLength(6);
    expect(model.missingYears).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  });
});
