import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { componentResults, countChanges } from './component-results';
import { parseFigureFile } from './figures';
import { changeOnPrevious, nationalMean, unitResults } from './results';
import { loadBundledCatalog, readData } from './testing/bundled-data';
import type { Catalog, Figure } from './types';

const DATA = join(__dirname, '..', '..', 'data');
function loadIndex(catalog: Catalog, index: string): Map<number, Figure[]> {
  const byYear = new Map<number, Figure[]>();
  for (const name of readdirSync(join(DATA, index)).filter((n) => /^\d{4}\.csv$/.test(n))) {
    const year = Number(name.slice(0, 4));
    const { figures, issues } = parseFigureFile(`${index}/${name}`, index, year, readData(`${index}/${name}`), catalog);
    expect(issues, `${index}/${name}`).toEqual([]);
    byYear.set(year, figures);
  }
  return byYear;
}

describe('the bundled data', () => {
  const catalog = loadBundledCatalog();

  it('validates without a single problem, for every index in the catalogue', () => {
    for (const index of catalog.indices.keys()) expect(loadIndex(catalog, index).size).toBeGreaterThan(0);
  });

  it('references only units, groups and sources that exist', () => {
    for (const unit of catalog.units.values()) {
      for (const code of [unit.parent, unit.region, unit.successor]) if (code) expect(catalog.units.has(code), `${unit.code} → ${code}`).toBe(true);
      for (const group of unit.peerGroups) expect(catalog.groups.has(group)).toBe(true);
      for (const source of unit.sources) expect(catalog.sources.has(source), `${unit.code} source ${source}`).toBe(true);
    }
  });

  it('gives Cần Thơ PAPI totals and computed ranks as the PAPI README expects', () => {
    const results = unitResults(loadIndex(catalog, 'papi'), catalog, 'papi', 'P59', 'total');
    const expected: Record<number, [number, number, number]> = {
      2011: [35.61, 33, 63], 2014: [34.224, 55, 61], 2016: [39.572, 1, 63], 2018: [46.061, 8, 61],
      2021: [41.23, 42, 60], 2022: [39.975, 55, 61], 2023: [40.174, 53, 61], 2024: [40.443, 59, 61],
    };
    for (const [year, [total, rank, rankOf]] of Object.entries(expected)) {
      const result = results.find((r) => r.year === Number(year));
      expect(result?.score, year).toBeCloseTo(total, 3);
      expect(result?.rank, year).toEqual({ rank, rankOf, kind: 'computed' });
    }
  });

  it('gives the computed PAPI mean of provinces for 2024 and the change on 2023', () => {
    const papi = loadIndex(catalog, 'papi');
    expect(nationalMean(papi.get(2024) ?? [], catalog, 'papi', 'total')?.value).toBeCloseTo(43.434, 3);
    const results = unitResults(papi, catalog, 'papi', 'P59', 'total');
    expect(changeOnPrevious(results, 2024, catalog, 'papi')).toMatchObject({ places: -6, acrossBreak: false });
  });

  it('gives Cần Thơ PAR Index and SIPAS 2024 as published in Plan 101/KH-UBND', () => {
    const par = unitResults(loadIndex(catalog, 'par'), catalog, 'par', 'P59', 'total').find((r) => r.year === 2024);
    expect(par).toMatchObject({ score: 89.13, rank: { rank: 22, rankOf: 63, kind: 'official' } });
    const sipas = unitResults(loadIndex(catalog, 'sipas'), catalog, 'sipas', 'P59', 'total').find((r) => r.year === 2024);
    expect(sipas).toMatchObject({ score: 83.28, rank: { rank: 34, rankOf: 63, kind: 'official' } });
  });

  it("splits Cần Thơ's PAPI 2024 change into dimension contributions that add up to the total change: 4 up, 4 down", () => {
    const papi = loadIndex(catalog, 'papi');
    const dimensions = componentResults(catalog, 'papi', papi, 'P59', 2024);
    expect(dimensions.map((d) => d.component.code)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6', 'D7', 'D8']);
    const count = countChanges(dimensions);
    expect([count.up, count.down]).toEqual([4, 4]);
    const totals = unitResults(papi, catalog, 'papi', 'P59', 'total');
    const totalChange = (totals.at(-1)?.score ?? 0) - (totals.at(-2)?.score ?? 0);
    expect(count.total).toBeCloseTo(totalChange, 6);
  });

  it('keeps published statements that point at existing indices, units and sources', () => {
    expect(catalog.statements.length).toBeGreaterThan(0);
    for (const statement of catalog.statements) {
      expect(catalog.indices.has(statement.index)).toBe(true);
      expect(catalog.units.has(statement.unit)).toBe(true);
      for (const source of statement.sources) expect(catalog.sources.has(source), source).toBe(true);
    }
  });
});
