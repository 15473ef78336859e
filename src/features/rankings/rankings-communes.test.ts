import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { levelsAssessed, yearsAtLevel } from '@/domain/assessments';
import { analyzeImport } from '@/domain/import/analyze';
import { tableFigures } from '@/domain/import/figure-table';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { buildRankingsModel, rankingsBump, type RankingsSelection } from './rankings-model';
import { indicesAtLevel } from './rankings-selection';

// The city's index of its 103 communes and wards, 2025: a made-up test table (TEST-NOT-REAL), real names.
const FIXTURE = new URL('../../../e2e/fixtures/import/TEST-NOT-REAL-ct-par-2025-communes.csv', import.meta.url);
const catalog = loadBundledCatalog();
const ctPar = catalog.indices.get('ct-par');
const selection = (change: Partial<RankingsSelection>): RankingsSelection => ({ level: 'commune', component: 'total', units: [], lang: 'vi', ...change });

function withCommunes() {
  const analysis = analyzeImport(readFileSync(FIXTURE, 'utf8'), { fileName: 'TEST-NOT-REAL-ct-par-2025-communes.csv', index: 'ct-par', year: 2025, source: 'nq-1668-2025-ubtvqh15' }, catalog);
  expect(analysis.issues).toEqual([]);
  return new Map([...loadBundledIndex(catalog, 'ct-par'), [2025, tableFigures(analysis.figures)]]);
}

describe("the city's own index at the commune level, from 2025", () => {
  if (!ctPar) throw new Error('ct-par is not in the catalogue');

  it('is ranked at the district level to 2024 and at the commune level from 2025', () => {
    expect(levelsAssessed(catalog, 'ct-par').sort()).toEqual(['commune', 'district']);
    expect(yearsAtLevel(catalog, 'ct-par', 'district')).toEqual({ from: 2015, to: 2024 });
    expect(yearsAtLevel(catalog, 'ct-par', 'commune')).toEqual({ from: 2025, to: undefined });
    expect(indicesAtLevel(catalog, 'commune').map((i) => i.code)).toEqual(['ct-par']);
  });

  it('ranks the 103 imported communes and wards of 2025, each of 103', () => {
    const byYear = withCommunes();
    const model = buildRankingsModel(catalog, ctPar, byYear, selection({}));
    expect(model.years).toEqual([2025]);
    expect(model.year).toBe(2025);
    expect(model.rows).toHaveLength(103);
    expect(model.rows.every((row) => row.unit.level === 'commune' && row.rank?.rankOf === 103)).toBe(true);
    expect(model.counts).toEqual({ expected: 103, scored: 103, ranked: 103 });
    expect(model.missingYears).toEqual([]);
    expect(rankingsBump(catalog, byYear, model, { set: 'mekong', selected: [] })).toBeUndefined();
    expect(model.firstYearOfLevel).toBe(true);
  });

  it('keeps the districts to 2024 once communes are imported', () => {
    const model = buildRankingsModel(catalog, ctPar, withCommunes(), selection({ level: 'district' }));
    expect(model.years.every((year) => year <= 2024)).toBe(true);
    expect(model.rows.every((row) => row.unit.level === 'district')).toBe(true);
  });

  it('says the commune level is empty before any import', () => {
    const model = buildRankingsModel(catalog, ctPar, loadBundledIndex(catalog, 'ct-par'), selection({}));
    expect(model.years).toEqual([]);
    expect(model.availability).toBe('no-files');
  });
});

describe('PAR 2025 of the 34 provinces after 2024 of the 63 (made-up TEST-NOT-REAL table)', () => {
  const PROVINCES = new URL('../../../e2e/fixtures/import/TEST-NOT-REAL-par-2025-34-provinces.csv', import.meta.url);
  const par = catalog.indices.get('par');
  if (!par) throw new Error('par is not in the catalogue');
  const analysis = analyzeImport(readFileSync(PROVINCES, 'utf8'), { fileName: 'TEST-NOT-REAL-par-2025-34-provinces.csv', index: 'par', year: 2025, source: 'nq-202-2025-qh15' }, catalog);
  const byYear = new Map([...loadBundledIndex(catalog, 'par'), [2025, tableFigures(analysis.figures)]]);

  it('ranks 34 provinces, each of 34, and gives no change of places against a field of 63', () => {
    expect(analysis.issues).toEqual([]);
    const model = buildRankingsModel(catalog, par, byYear, selection({ level: 'province', units: ['P59'] }));
    expect(model.year).toBe(2025);
    expect(model.rows).toHaveLength(34);
    expect(model.rows.every((row) => row.rank?.rankOf === 34)).toBe(true);
    const haNoi = model.rows.find((row) => row.unit.code === 'P01');
    expect(haNoi?.rank?.rank).toBe(30);
    expect(haNoi?.change?.places).toBeUndefined();
  });
});
