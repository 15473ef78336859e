import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024, PAR_2024 } from '@/domain/testing/real-figures';
import { buildSlide, defaultDeck } from './build-slide';
import type { Figure } from '@/domain/types';
import type { DeckData } from './deck-data';
import { parseSlideCode, slideCode } from './slide-code';
import { hasFewPoints } from './few-points';
import { talkingPoints } from './talking-points';
import { calendarYears, splitSeries, yearValuesSource } from '@/domain/series/split-series';

describe('slide codes', () => {
  it('round-trip and refuse what is not a slide', () => {
    const codes = ['title', 'targets', 'trend.papi', 'ranking.papi.2023', 'ranking.papi.2024.D1', 'standing.par.2024', 'components.papi.2024.total.central-cities', 'components.papi.2024.D1.central-cities', 'drivers.papi.2024', 'drivers.papi.2021-2024', 'drivers.papi.2021-2024.D1'];
    for (const code of codes) expect(slideCode(parseSlideCode(code) ?? { kind: 'title' })).toBe(code);
    for (const code of ['trend', 'title.papi', 'ranking.papi.20x3', 'chart.papi', 'trend.papi.2024.x', 'ranking.papi.D1', 'ranking.papi.2024.D1.x', 'components.papi.2024.D1.R-DBSCL.x']) expect(parseSlideCode(code)).toBeUndefined();
  });

  it('read the group compared with, after the component ("total" for the total); codes without one keep their meaning', () => {
    expect(parseSlideCode('components.papi.2024.total.central-cities')).toEqual({ kind: 'components', index: 'papi', year: 2024, group: 'central-cities' });
    expect(parseSlideCode('components.papi.2024.D1')).toEqual({ kind: 'components', index: 'papi', year: 2024, component: 'D1' });
    expect(slideCode({ kind: 'components', index: 'papi', year: 2024, group: 'central-cities' })).toBe('components.papi.2024.total.central-cities');
  });

  it('read the two years a drivers slide compares, the earlier first; a code with one year keeps its meaning (from the year before)', () => {
    expect(parseSlideCode('drivers.papi.2021-2024')).toEqual({ kind: 'drivers', index: 'papi', year: 2024, from: 2021 });
    expect(parseSlideCode('drivers.papi.2021-2024.D1')).toEqual({ kind: 'drivers', index: 'papi', year: 2024, from: 2021, component: 'D1' });
    expect(parseSlideCode('drivers.papi.2024')).toEqual({ kind: 'drivers', index: 'papi', year: 2024 });
    expect(parseSlideCode('drivers.papi')).toEqual({ kind: 'drivers', index: 'papi' });
    expect(slideCode({ kind: 'drivers', index: 'papi', year: 2024, from: 2021, component: 'D1' })).toBe('drivers.papi.2021-2024.D1');
    // Only the drivers slide compares two years; the earlier year comes first.
    for (const code of ['drivers.papi.2024-2021', 'drivers.papi.2024-2024', 'drivers.papi.2021-', 'components.papi.2021-2024', 'ranking.papi.2021-2024']) expect(parseSlideCode(code)).toBeUndefined();
  });
});

describe('the default deck of the bundled data', () => {
  const catalog = loadBundledCatalog();
  const figures = new Map(['papi', 'par', 'sipas', 'ct-par'].map((index) => [index, loadBundledIndex(catalog, index)]));
  const data: DeckData = { catalog, unit: CAN_THO, figures, targets: loadBundledPlans(catalog).data?.targets ?? [], plans: new Map() };

  it('holds every slide the data can fill, index by index in catalogue order, and no other', () => {
    expect(defaultDeck(data)).toEqual([
      'title',
      'headline.par',
      'trend.par',
      'rank.par',
      'headline.sipas',
      'trend.sipas',
      'rank.sipas',
      'headline.papi',
      'trend.papi',
      'rank.papi',
      'ranking.papi',
      'components.papi',
      'drivers.papi',
      'targets',
    ]);
  });

  it('says the headline figures of the overview', () => {
    const papi = buildSlide(data, { kind: 'headline', index: 'papi' });
    expect(papi).toMatchObject({ year: PAPI_2024.year, score: PAPI_2024.score, rank: PAPI_2024.rank, change: { places: PAPI_2024.places } });
    expect(buildSlide(data, { kind: 'headline', index: 'par' })).toMatchObject({ year: PAR_2024.year, score: PAR_2024.score, rank: PAR_2024.rank, change: { places: PAR_2024.places } });
  });

  it('ranks Cần Thơ among the Mekong Delta provinces, best first', () => {
    const slide = buildSlide(data, { kind: 'ranking', index: 'papi', year: 2024 });
    if (slide?.kind !== 'ranking') throw new Error('no ranking slide');
    expect(slide.members).toBe(13);
    expect(slide.bars.map((b) => b.score)).toEqual([...slide.bars.map((b) => b.score)].sort((a, b) => b - a));
    expect(slide.bars.find((b) => b.unit === CAN_THO)?.rank).toMatchObject(PAPI_2024.rank);
  });

  it('puts the components furthest below the national mean first, and changes that sum to the total change', () => {
    const components = buildSlide(data, { kind: 'components', index: 'papi' });
    if (components?.kind !== 'components') throw new Error('no components slide');
    const gaps = components.rows.map((r) => r.gapToMean ?? 0);
    expect(gaps).toEqual([...gaps].sort((a, b) => a - b));
    // Cần Thơ PAPI 2024: D1 and D2 trail the nation most; D8, lowest share of its maximum, equals the mean.
    expect(components.rows.slice(0, 2).map((r) => [r.component.code, Number(r.gapToMean?.toFixed(2))])).toEqual([
      ['D1', -1.37],
      ['D2', -0.85],
    ]);
    expect(components.rows.find((r) => r.component.code === 'D8')?.gapToMean).toBeCloseTo(-0.01, 2);
    const drivers = buildSlide(data, { kind: 'drivers', index: 'papi' });
    if (drivers?.kind !== 'drivers') throw new Error('no drivers slide');
    const sum = drivers.rows.reduce((total, r) => total + (r.change ?? 0), 0);
    expect(sum).toBeCloseTo(drivers.totalChange ?? NaN, 4);
    expect(drivers.rows.filter((r) => (r.change ?? 0) > 0)).toHaveLength(4);
  });

  it('never draws a trend line across a change of method', () => {
    const slide = buildSlide(data, { kind: 'trend', index: 'papi' });
    if (slide?.kind !== 'trend') throw new Error('no trend slide');
    expect(slide.breaks).toContain(2018);
    const years = calendarYears(slide.points[0]?.year ?? 0, slide.points.at(-1)?.year ?? 0);
    const { segments } = splitSeries(years, slide.breaks, [yearValuesSource('unit', slide.points)]);
    expect(segments.map((s) => s.segment)).toEqual(slide.breaks.map((_, i) => i).concat(slide.breaks.length));
  });

  it('draws PAPI’s mean line from one measure: the computed mean of the provinces, the years with a published mean too', () => {
    const slide = buildSlide(data, { kind: 'trend', index: 'papi' });
    if (slide?.kind !== 'trend') throw new Error('no trend slide');
    expect(slide.meanComputed).toBe(true);
    const papi = figures.get('papi') ?? new Map<number, Figure[]>();
    for (const { year, value } of slide.mean) {
      const totals = (papi.get(year) ?? []).filter((f) => f.unit !== 'VN' && f.component === 'total' && f.status === 'published' && f.score !== undefined);
      expect(value, String(year)).toBeCloseTo(totals.reduce((sum, f) => sum + (f.score ?? 0), 0) / totals.length, 5);
    }
    expect(slide.mean.map((m) => m.year)).toEqual(expect.arrayContaining([2018, 2019, 2021, 2022]));
  });
});

describe('the deck after an import of the merged city’s first year', () => {
  const catalog = loadBundledCatalog();
  const par = loadBundledIndex(catalog, 'par');
  // Made-up 2025 figures (TEST-NOT-REAL), as an import would add them.
  const row = (unit: string, score: number, rank: number): Figure => ({
    index: 'par', year: 2025, unit, component: 'total', score, rank, rankOf: 34, status: 'published', sources: ['kh-101-2025-hethongphapluat'], derivation: '', note: '', line: 2,
  });
  const with2025 = new Map<number, Figure[]>([...par, [2025, [row('N25-can-tho', 89.99, 12), row('P01', 84.41, 30)]]]);
  const deck = (byYear: typeof par): DeckData => ({ catalog, unit: CAN_THO, figures: new Map([['par', byYear]]), targets: [], plans: new Map() });

  it.each([
    ['bundled', par, 2024, 'P59', false],
    ['with 2025 rows', with2025, 2025, 'N25-can-tho', true],
  ] as const)('%s: the cover and the headline show %s of %s', (_, byYear, year, unit, merged) => {
    const headline = buildSlide(deck(byYear), { kind: 'headline', index: 'par' });
    const cover = buildSlide(deck(byYear), { kind: 'title' });
    if (headline?.kind !== 'headline' || cover?.kind !== 'title') throw new Error('no headline or cover');
    expect([headline.year, headline.unit, headline.merger !== undefined]).toEqual([year, unit, merged]);
    expect(cover.year).toBe(year);
    expect(cover.headlines[0]?.unit).toBe(unit);
  });

  it('shows the predecessors’ 2024 results in place of a change, and starts a new line in 2025', () => {
    const headline = buildSlide(deck(with2025), { kind: 'headline', index: 'par' });
    const trend = buildSlide(deck(with2025), { kind: 'trend', index: 'par' });
    if (headline?.kind !== 'headline' || trend?.kind !== 'trend') throw new Error('no slides');
    expect(headline.change).toBeUndefined();
    expect(headline.merger?.before.map((b) => [b.unit, b.result.score])).toEqual([['P59', 89.13], ['P60', undefined], ['P61', undefined]]);
    expect(trend.unitChanges).toEqual([2025]);
    expect(trend.points.at(-1)).toEqual({ year: 2025, value: 89.99 });
  });

  it('calls 2025 the merged city’s first year, not a change of method, on the rank slide and in the talking points', () => {
    const rank = buildSlide(deck(with2025), { kind: 'rank', index: 'par' });
    const trend = buildSlide(deck(with2025), { kind: 'trend', index: 'par' });
    if (rank?.kind !== 'rank' || trend?.kind !== 'trend') throw new Error('no slides');
    expect([rank.breaks, rank.unitChanges]).toEqual([[2021, 2022, 2024], [2025]]);
    for (const slide of [rank, trend]) {
      const points = talkingPoints(slide, deck(with2025));
      expect(points.filter((p) => p.kind === 'break')).toEqual([]);
      expect(points).toContainEqual({ kind: 'merged', index: slide.index, year: 2025 });
    }
  });
});

describe('what the rankings view shows, as a slide', () => {
  const catalog = loadBundledCatalog();
  const figures = new Map(['papi', 'par', 'sipas'].map((index) => [index, loadBundledIndex(catalog, index)]));
  const data: DeckData = { catalog, unit: CAN_THO, figures, targets: [], plans: new Map() };

  it('ranks the component shown, not the total', () => {
    const slide = buildSlide(data, parseSlideCode('ranking.papi.2024.D1') ?? { kind: 'title' });
    if (slide?.kind !== 'ranking') throw new Error('no ranking slide of D1');
    expect(slide.component?.code).toBe('D1');
    const total = buildSlide(data, { kind: 'ranking', index: 'papi', year: 2024 });
    if (total?.kind !== 'ranking') throw new Error('no ranking slide');
    expect(slide.bars.map((b) => b.score)).not.toEqual(total.bars.map((b) => b.score));
    expect(buildSlide(data, { kind: 'ranking', index: 'papi', year: 2024, component: 'D99' })).toBeUndefined();
  });

  it('shows the few provinces of PAR Index 2024 we hold as a small table, where the region cannot be ranked', () => {
    expect(buildSlide(data, { kind: 'ranking', index: 'par', year: 2024 })).toBeUndefined();
    const slide = buildSlide(data, { kind: 'standing', index: 'par', year: 2024 });
    if (slide?.kind !== 'standing') throw new Error('no standing slide');
    expect(slide.rows.map((r) => [r.unit, r.rank?.rank, r.score])).toEqual([
      ['P20', 1, 96.17],
      ['P49', 2, undefined],
      ['P01', 3, undefined],
      ['P63', 20, 89.33],
      [CAN_THO, PAR_2024.rank.rank, PAR_2024.score],
      ['P34', 43, undefined],
      ['P03', 63, undefined],
    ]);
    expect(slide.mean?.value).toBe(PAR_2024.mean);
    expect(buildSlide(data, { kind: 'standing', index: 'papi', year: 2024 })).toBeUndefined();
  });
});

describe('near-empty charts', () => {
  const catalog = loadBundledCatalog();
  const par = loadBundledIndex(catalog, 'par');
  const deck = (years: number[]): DeckData => ({ catalog, unit: CAN_THO, figures: new Map([['par', new Map(years.map((y) => [y, par.get(y) ?? []]))]]), targets: [], plans: new Map() });

  it('are none in the default deck of the bundled data', () => {
    const data = deck([...par.keys()]);
    for (const code of defaultDeck(data)) {
      const slide = buildSlide(data, parseSlideCode(code) ?? { kind: 'title' });
      if (slide?.kind === 'trend' || slide?.kind === 'rank') expect(hasFewPoints(slide), code).toBe(false);
    }
  });

  it('are written as a table when only two or three years are held (PAR Index 2021–2022 alone)', () => {
    const slide = buildSlide(deck([2021, 2022]), { kind: 'trend', index: 'par' });
    if (slide?.kind !== 'trend') throw new Error('no trend slide');
    expect(slide.points.map((p) => p.year)).toEqual([2021, 2022]);
    expect(hasFewPoints(slide)).toBe(true);
  });
});

describe('what the components view shows, as a slide', () => {
  const catalog = loadBundledCatalog();
  const data: DeckData = { catalog, unit: CAN_THO, figures: new Map([['papi', loadBundledIndex(catalog, 'papi')]]), targets: [], plans: new Map() };

  it('shows the sub-components of the dimension opened, and their change', () => {
    for (const kind of ['components', 'drivers'] as const) {
      const slide = buildSlide(data, parseSlideCode(`${kind}.papi.2024.D1`) ?? { kind: 'title' });
      if (slide?.kind !== kind) throw new Error(`no ${kind} slide of D1`);
      expect(slide.parent?.code).toBe('D1');
      expect(slide.rows.length).toBeGreaterThan(1);
      expect(slide.rows.every((row) => row.component.parent === 'D1')).toBe(true);
    }
    expect(buildSlide(data, { kind: 'components', index: 'papi', year: 2024, component: 'D99' })).toBeUndefined();
  });

  it('shows what moved the score between the two years chosen in the view, never across a change of method', () => {
    const byYear = data.figures.get('papi');
    const score = (year: number, component: string) => byYear?.get(year)?.find((f) => f.unit === CAN_THO && f.component === component && f.status === 'published')?.score;
    const pair = buildSlide(data, parseSlideCode('drivers.papi.2021-2024') ?? { kind: 'title' });
    const yearBefore = buildSlide(data, parseSlideCode('drivers.papi.2024') ?? { kind: 'title' });
    if (pair?.kind !== 'drivers' || yearBefore?.kind !== 'drivers') throw new Error('no drivers slide');
    expect([pair.from, pair.year, yearBefore.from, yearBefore.year]).toEqual([2021, 2024, 2023, 2024]);
    expect(pair.rows).toHaveLength(8);
    for (const row of pair.rows) expect(row.change).toBeCloseTo((score(2024, row.component.code) ?? NaN) - (score(2021, row.component.code) ?? NaN), 6);
    expect(pair.rows.map((r) => r.change)).toEqual([...pair.rows.map((r) => r.change)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(pair.totalChange).toBeCloseTo((score(2024, 'total') ?? NaN) - (score(2021, 'total') ?? NaN), 6);
    expect(pair.rows.map((r) => r.change)).not.toEqual(yearBefore.rows.map((r) => r.change));
    // PAPI changed its method in 2018: 2017 and 2024 are not compared.
    expect(buildSlide(data, parseSlideCode('drivers.papi.2017-2024') ?? { kind: 'title' })).toBeUndefined();
  });

  it('compares with the group chosen in the view, or with the Mekong Delta when the code names none', () => {
    const region = buildSlide(data, parseSlideCode('components.papi.2024') ?? { kind: 'title' });
    const cities = buildSlide(data, parseSlideCode('components.papi.2024.total.central-cities') ?? { kind: 'title' });
    if (region?.kind !== 'components' || cities?.kind !== 'components') throw new Error('no components slide');
    expect([region.group, cities.group]).toEqual(['R-DBSCL', 'central-cities']);
    // The same dimensions, furthest below the nation first, each against the mean of the group's members.
    expect(cities.rows.map((r) => r.gapToMean)).toEqual(region.rows.map((r) => r.gapToMean));
    // 12 of the 13 Mekong Delta provinces: Tiền Giang has no PAPI 2024 score in the data.
    expect(region.rows.map((r) => r.groupMean?.count)).toEqual(region.rows.map(() => 12));
    expect(cities.rows.map((r) => r.groupMean?.count)).toEqual(cities.rows.map(() => 5));
    const d1 = cities.rows.find((r) => r.component.code === 'D1');
    expect(d1?.gapToGroup).toBeCloseTo((d1?.score ?? 0) - (d1?.groupMean?.value ?? 0), 6);
    expect(d1?.gapToGroup).not.toBeCloseTo(region.rows.find((r) => r.component.code === 'D1')?.gapToGroup ?? 0, 2);
    expect(buildSlide(data, parseSlideCode('components.papi.2024.total.P01') ?? { kind: 'title' })).toBeUndefined();
  });
});
