// The data contract: each headline fact of the bundled real data, checked once against the files in
// data/. The facts and their sources are in ./testing/real-figures.ts.
import { describe, expect, it } from 'vitest';
import { componentResults, countChanges } from './component-results';
import { changeOnPrevious, nationalMean, unitResults } from './results';
import { loadBundledCatalog, loadBundledIndex } from './testing/bundled-data';
import { CAN_THO, PAPI_2014_CAN_THO_CONFLICT, PAPI_2024, PAPI_CAN_THO, PAR_2024, SIPAS_2024 } from './testing/real-figures';

// Parsing every bundled year of an index takes seconds on a shared machine.
describe('the bundled real figures (data contract)', { timeout: 30_000 }, () => {
  const catalog = loadBundledCatalog();
  const papi = loadBundledIndex(catalog, 'papi');
  const results = (index: string, byYear = loadBundledIndex(catalog, index)) => unitResults(byYear, catalog, index, CAN_THO, 'total');

  it('PAPI: Cần Thơ totals and computed ranks by year, as data/papi/README.md expects', () => {
    const papiResults = results('papi', papi);
    for (const [year, { score, rank, rankOf }] of Object.entries(PAPI_CAN_THO)) {
      const result = papiResults.find((r) => r.year === Number(year));
      expect(result?.score, year).toBeCloseTo(score, 3);
      expect(result?.rank, year).toEqual({ rank, rankOf, kind: 'computed' });
    }
  });

  it('PAPI 2014: Cần Thơ has two conflicting totals, each with its own source, and so no computed rank', () => {
    const { year, dataset, published } = PAPI_2014_CAN_THO_CONFLICT;
    const rows = (papi.get(year) ?? []).filter((f) => f.unit === CAN_THO && f.component === 'total');
    expect(rows.map((f) => [f.score, f.status, f.sources])).toEqual([
      [dataset, 'conflict', ['papi-ml-mcdm']],
      [published, 'conflict', ['cand-papi-2014']],
    ]);
    expect(results('papi', papi).find((r) => r.year === year)?.rank).toBeUndefined();
  });

  it('PAPI 2024: Cần Thơ 40,44 and 59/61, down 6 places; the mean of provinces 43,43; P17 and P52 did not take part', () => {
    const papiResults = results('papi', papi);
    expect(papiResults.find((r) => r.year === 2024)).toMatchObject({ score: PAPI_2024.score, rank: PAPI_2024.rank });
    expect(changeOnPrevious(papiResults, 2024, catalog, 'papi')).toMatchObject({ places: PAPI_2024.places, acrossBreak: false });
    const figures = papi.get(2024) ?? [];
    expect(nationalMean(figures, catalog, 'papi', 'total')?.value).toBeCloseTo(PAPI_2024.mean, 3);
    const absent = figures.filter((f) => f.component === 'total' && f.status === 'did_not_take_part').map((f) => f.unit);
    expect(absent.sort()).toEqual(PAPI_2024.didNotTakePart);
  });

  it("PAPI 2024: Cần Thơ's eight dimensions, 4 up and 4 down, add up to the change of the total", () => {
    const dimensions = componentResults(catalog, 'papi', papi, CAN_THO, 2024);
    expect(dimensions.map((d) => d.component.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    const count = countChanges(dimensions);
    expect([count.up, count.down]).toEqual([PAPI_2024.dimensionsUp, PAPI_2024.dimensionsDown]);
    const totals = results('papi', papi);
    expect(count.total).toBeCloseTo((totals.at(-1)?.score ?? 0) - (totals.at(-2)?.score ?? 0), 6);
  });

  it('PAR Index 2024: 89,13%, officially 22/63, up 20 places; the national mean 88,37% as published', () => {
    const par = loadBundledIndex(catalog, 'par');
    const parResults = results('par', par);
    expect(parResults.find((r) => r.year === 2024)).toMatchObject({ score: PAR_2024.score, rank: PAR_2024.rank });
    expect(changeOnPrevious(parResults, 2024, catalog, 'par')).toMatchObject({ places: PAR_2024.places });
    expect(par.get(2024)?.find((f) => f.unit === 'VN' && f.component === 'total')?.score).toBe(PAR_2024.mean);
  });

  it('SIPAS 2024: 83,28%, officially 34/63, down 11 places', () => {
    const sipasResults = results('sipas');
    expect(sipasResults.find((r) => r.year === 2024)).toMatchObject({ score: SIPAS_2024.score, rank: SIPAS_2024.rank });
    expect(changeOnPrevious(sipasResults, 2024, catalog, 'sipas')).toMatchObject({ places: SIPAS_2024.places });
  });
});
