import { describe, expect, it } from 'vitest';
import type { FiguresByYear } from '@/domain/results';
import { buildRankingsModel, rankingsBump, type RankingsSelection } from './rankings-model';
import { fig, rankingsCatalog } from './testing-catalog';

const catalog = rankingsCatalog();
const index = (code: string) => {
  const found = catalog.indices.get(code);
  if (!found) throw new Error(code);
  return found;
};
const select = (change: Partial<RankingsSelection> = {}): RankingsSelection => ({ level: 'province', component: 'total', units: ['P59'], lang: 'vi', ...change });

// PAPI 2023–2024 for the four provinces of the tiny catalogue; Sóc Trăng did not take part in 2024.
const papi: FiguresByYear = new Map([
  [2023, [fig('papi', 2023, 'P59', 44), fig('papi', 2023, 'P60', 40), fig('papi', 2023, 'P61', 42), fig('papi', 2023, 'P01', 46)]],
  [
    2024,
    [
      fig('papi', 2024, 'P59', 40.443),
      fig('papi', 2024, 'P60', 45),
      fig('papi', 2024, 'P61', undefined, { status: 'did_not_take_part' }),
      fig('papi', 2024, 'P01', 47, { sources: ['s2'] }),
      fig('papi', 2024, 'P59', 4.1, { component: 'D1' }),
    ],
  ],
]);

describe('buildRankingsModel: PAPI (computed ranks)', () => {
  const model = buildRankingsModel(catalog, index('papi'), papi, select());

  it('defaults to the latest year and ranks best first, units without a score last', () => {
    expect(model.year).toBe(2024);
    expect(model.years).toEqual([2024, 2023]);
    expect(model.availability).toBe('scores');
    expect(model.rows.map((r) => [r.unit.code, r.rank?.rank, r.rank?.rankOf, r.rank?.kind])).toEqual([
      ['P01', 1, 3, 'computed'],
      ['P60', 2, 3, 'computed'],
      ['P59', 3, 3, 'computed'],
      ['P61', undefined, undefined, undefined],
    ]);
    expect(model.rows.find((r) => r.unit.code === 'P61')?.status).toBe('did_not_take_part');
  });

  it('highlights Cần Thơ and sorts the bars by score, highest first', () => {
    expect(model.bars.map((b) => [b.unit.code, b.score, b.highlight])).toEqual([
      ['P01', 47, false],
      ['P60', 45, false],
      ['P59', 40.443, true],
    ]);
    expect(model.counts).toEqual({ expected: 4, scored: 3, ranked: 3 });
  });

  it('gives the change on the previous year in places (+ = up) and points', () => {
    const canTho = model.rows.find((r) => r.unit.code === 'P59');
    expect(canTho?.change).toEqual({ fromYear: 2023, places: -1, points: -3.557, acrossBreak: false });
    expect(model.rows.find((r) => r.unit.code === 'P60')?.change).toMatchObject({ places: 2, points: 5 });
    expect(model.rows.find((r) => r.unit.code === 'P61')?.change).toBeUndefined();
  });

  it('computes the quartile bands from the year\'s totals, leaving out provinces without a score', () => {
    expect(model.cutoffs?.count).toBe(3);
    expect(model.rows.map((r) => [r.unit.code, r.band])).toEqual([
      ['P01', 'best'],
      ['P60', 'high-average'],
      ['P59', 'poorest'],
      ['P61', undefined],
    ]);
  });

  it('computes the mean of the ranked provinces and fits the dot axis to the scores and the mean, inside the scale', () => {
    expect(model.mean).toEqual({ value: 44.147667, kind: 'computed', count: 3 });
    expect(model.axis.domain).toEqual([39, 48]);
    expect(model.scale).toEqual({ min: 8, max: 80 });
  });

  it('names every source of the figures shown', () => {
    expect(model.sources.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  it('gives Cần Thơ\'s position in its region and peer group, naming members without a score', () => {
    expect(model.focus?.code).toBe('P59');
    const [region, peers] = model.positions;
    expect(region?.group.code).toBe('R-DBSCL');
    expect(region?.result).toMatchObject({ kind: 'position', position: 2, of: 2, members: 3 });
    expect(region?.result.kind === 'position' && region.result.unscored.map((u) => [u.unit.code, u.status])).toEqual([['P61', 'did_not_take_part']]);
    expect(peers).toMatchObject({ kind: 'peers', group: { code: 'central-cities' }, result: { kind: 'position', position: 2, of: 2 } });
  });

  it('offers the components of the period covering the year, sub-components after their dimension', () => {
    expect(model.components.map((c) => [c.code, c.depth])).toEqual([
      ['total', 0],
      ['D1', 1],
      ['SC11', 2],
    ]);
  });

  it('shows a component\'s own figures and its scale', () => {
    const d1 = buildRankingsModel(catalog, index('papi'), papi, select({ component: 'D1' }));
    expect(d1.component.code).toBe('D1');
    expect(d1.rows.map((r) => [r.unit.code, r.score, r.rank?.rank, r.status])).toEqual([
      ['P59', 4.1, 1, 'published'],
      ['P61', undefined, undefined, 'did_not_take_part'],
    ]);
    expect(d1.missing.map((u) => u.code)).toEqual(['P60', 'P01']);
    expect(d1.scale).toEqual({ min: 0, max: 10 });
  });

  it('falls back silently: an unknown year to the latest, an unknown component to the total', () => {
    const fallback = buildRankingsModel(catalog, index('papi'), papi, select({ year: 1999, component: 'D9' }));
    expect(fallback.year).toBe(2024);
    expect(fallback.component.code).toBe('total');
    expect(buildRankingsModel(catalog, index('papi'), papi, select({ year: 2023 })).previousYearLoaded).toBe(false);
  });

  it('sorts the table by any column, keeping rows without a value last', () => {
    const codes = (sort: string) => buildRankingsModel(catalog, index('papi'), papi, select({ sort })).rows.map((r) => r.unit.code);
    expect(codes('-score')).toEqual(['P01', 'P60', 'P59', 'P61']);
    expect(codes('score')).toEqual(['P59', 'P60', 'P01', 'P61']);
    expect(codes('name')).toEqual(['P59', 'P01', 'P60', 'P61']);
    expect(codes('-places')).toEqual(['P60', 'P01', 'P59', 'P61']);
    expect(codes('nonsense')).toEqual(codes('rank'));
  });

  it('drops the point change across a change of scale (PAPI 6–60 → 8–80) and flags the break', () => {
    const acrossBreak: FiguresByYear = new Map([
      [2017, [fig('papi', 2017, 'P59', 38.3), fig('papi', 2017, 'P60', 36)]],
      [2018, [fig('papi', 2018, 'P59', 46.1), fig('papi', 2018, 'P60', 44)]],
    ]);
    const model2018 = buildRankingsModel(catalog, index('papi'), acrossBreak, select());
    expect(model2018.rows.find((r) => r.unit.code === 'P59')?.change).toEqual({ fromYear: 2017, places: 0, points: undefined, acrossBreak: true });
  });
});

describe('buildRankingsModel: PAR Index (official ranks, few scores)', () => {
  const par: FiguresByYear = new Map([
    [
      2018,
      [
        fig('par', 2018, 'VN', 76.92),
        fig('par', 2018, 'P01', 83.98, { rank: 2, rankOf: 63 }),
        fig('par', 2018, 'P60', 89.6, { rank: 1, rankOf: 63, status: 'conflict' }),
        fig('par', 2018, 'P60', 89.06, { rank: 1, rankOf: 63, status: 'conflict', sources: ['s2'] }),
        fig('par', 2018, 'P59', undefined, { rank: 40, rankOf: 63, derivation: '20 + 20 = 40' }),
      ],
    ],
  ]);
  const model = buildRankingsModel(catalog, index('par'), par, select());

  it('shows the official ranks as published and bars only for the published scores', () => {
    expect(model.rows.map((r) => [r.unit.code, r.rank?.rank, r.rank?.rankOf, r.rank?.kind, r.score])).toEqual([
      ['P60', 1, 63, 'official', 89.6],
      ['P01', 2, 63, 'official', 83.98],
      ['P59', 40, 63, 'official', undefined],
    ]);
    expect(model.bars.map((b) => b.unit.code)).toEqual(['P60', 'P01']);
    expect(model.counts).toEqual({ expected: 4, scored: 2, ranked: 3 });
    expect(model.missing.map((u) => u.code)).toEqual(['P61']);
  });

  it('keeps both values where sources conflict, and lists derivations', () => {
    const row = model.rows.find((r) => r.unit.code === 'P60');
    expect(row?.status).toBe('conflict');
    expect(row?.altScores).toEqual([89.06]);
    expect(model.derivations).toEqual([{ text: '20 + 20 = 40', units: [catalog.units.get('P59')] }]);
  });

  it('uses the published national mean, gives no bands, fits the percentage axis to the scores and that mean', () => {
    expect(model.mean).toEqual({ value: 76.92, kind: 'published' });
    expect(model.cutoffs).toBeUndefined();
    expect(model.rows.every((r) => r.band === undefined)).toBe(true);
    expect(model.axis.domain).toEqual([76, 91]);
  });

  it('says why a position in a group cannot be given', () => {
    expect(model.positions.map((p) => [p.group.code, p.result])).toEqual([
      ['R-DBSCL', { kind: 'no-score' }],
      ['central-cities', { kind: 'no-score' }],
    ]);
    const withScore = buildRankingsModel(catalog, index('par'), par, select({ units: ['P01'] }));
    expect(withScore.focus?.code).toBe('P01');
    expect(withScore.positions.map((p) => [p.group.code, p.result])).toEqual([['central-cities', { kind: 'incomplete', scored: 1, members: 2 }]]);
  });

  it('lists the years without a file from the first year of the index', () => {
    expect(model.missingYears).toEqual([2012, 2013, 2014, 2015, 2016, 2017]);
  });
});

describe('buildRankingsModel: no data', () => {
  it('says when no file is loaded for the index', () => {
    const model = buildRankingsModel(catalog, index('par'), new Map(), select());
    expect(model.availability).toBe('no-files');
    expect(model.year).toBeUndefined();
    expect(model.rows).toEqual([]);
    expect(rankingsBump(catalog, new Map(), model, { set: 'mekong', selected: [] })).toBeUndefined();
  });

  it('says when a year has figures but none for the units of the level', () => {
    const model = buildRankingsModel(catalog, index('par'), new Map([[2024, [fig('par', 2024, 'VN', 88.37)]]]), select());
    expect(model.availability).toBe('no-figures');
    expect(model.bars).toEqual([]);
    expect(model.missing).toHaveLength(4);
  });
});

describe('buildRankingsModel: Cần Thơ\'s districts (ct-par, ranks only)', () => {
  const ctPar: FiguresByYear = new Map([
    [2015, [fig('ct-par', 2015, 'CT-o-mon', undefined, { rank: 5, rankOf: 9 })]],
    [2016, [fig('ct-par', 2016, 'CT-o-mon', undefined, { rank: 1, rankOf: 9 })]],
  ]);
  const model = buildRankingsModel(catalog, index('ct-par'), ctPar, select({ level: 'district' }));

  it('shows the official district ranks, and that no score exists to draw', () => {
    expect(model.year).toBe(2016);
    expect(model.availability).toBe('ranks-only');
    expect(model.rows.map((r) => [r.unit.code, r.rank?.rank, r.rank?.rankOf])).toEqual([['CT-o-mon', 1, 9]]);
    expect(model.rows[0]?.change).toMatchObject({ fromYear: 2015, places: 4 });
    expect(model.bars).toEqual([]);
  });

  it('names the districts without figures and the years missing up to the end of the district level', () => {
    expect(model.missing.map((u) => u.code)).toEqual(['CT-ninh-kieu']);
    expect(model.seriesEnd).toBe(2024);
    expect(model.missingYears).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(model.focus).toBeUndefined();
    expect(model.positions).toEqual([]);
  });
});
