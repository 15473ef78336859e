import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { analyzeImport } from './analyze';
import type { ImportSettings } from './analysis-types';
import { tableFigures } from './figure-table';

// Every table here is a made-up test file written inline, not real results.
const settings = (change: Partial<ImportSettings> = {}): ImportSettings => ({ fileName: 'test-not-real.csv', index: 'par', year: 2024, source: 's1', ...change });
const tiny = tinyCatalog();

describe('the denominator of imported ranks', () => {
  it.each([
    ['the rows with a rank', 'Tỉnh;Điểm;Hạng\nCần Thơ;89;2\nHà Nội;90;1', 2],
    ['rows with a tied rank', 'Tỉnh;Điểm;Hạng\nCần Thơ;89;1\nHà Nội;89;1\nHậu Giang;80;3', 3],
    ['rows without a rank left out', 'Tỉnh;Điểm;Hạng\nCần Thơ;89;1\nHà Nội;80;', 1],
  ])('is the number of units the file ranks: %s', (_, text, rankOf) => {
    const analysis = analyzeImport(text, settings(), tiny);
    expect(analysis.issues).toEqual([]);
    expect(analysis.rankOf).toBe(rankOf);
    expect(tableFigures(analysis.figures).filter((f) => f.rank !== undefined).map((f) => f.rankOf)).toEqual(Array(rankOf).fill(rankOf));
  });

  it('is the one the user gives, and then a rank above it is reported at its line', () => {
    const analysis = analyzeImport('Tỉnh;Điểm;Hạng\nCần Thơ;89;22\nHà Nội;90;64', settings({ rankOf: 63 }), tiny);
    expect(analysis.rankOf).toBe(63);
    expect(analysis.issues).toMatchObject([{ kind: 'rank-above-denominator', line: 3, detail: '64/63' }]);
  });

  it('takes a written denominator above the rows ranked as an extract', () => {
    const analysis = analyzeImport('unit,component,score,rank,rank_of,status,source\nP59,total,89,22,63,,\nP01,total,90,3,63,,', settings(), tiny);
    expect(analysis.issues).toEqual([]);
    expect(tableFigures(analysis.figures).map((f) => f.rankOf)).toEqual([63, 63]);
  });

  it('takes what the user gives without asking, even for fewer rows than units ranked', () => {
    const analysis = analyzeImport('Tỉnh;Điểm;Hạng\nCần Thơ;89;22', settings({ rankOf: 63 }), tiny);
    expect(analysis.issues).toEqual([]);
    expect(tableFigures(analysis.figures)[0]).toMatchObject({ rank: 22, rankOf: 63 });
  });

  it.each([
    ['a rank above the rows ranked, at the line of that rank', 'Tỉnh;Điểm;Hạng\nCần Thơ;89;2\nHà Nội;90;35', { kind: 'denominator-disagrees', line: 3, column: 'Hạng', detail: '35/2' }],
    ['a written denominator below the rows ranked, once', 'unit,component,score,rank,rank_of,status,source\nP59,total,89,1,1,,\nP01,total,90,2,1,,', { kind: 'rank-above-denominator', line: 3, column: 'rank', detail: '2/1' }],
    ['a written denominator below the rows ranked, at its first line', 'unit,component,score,rank,rank_of,status,source\nP59,total,89,1,2,,\nP01,total,90,2,2,,\nP60,total,80,,2,,\nP61,total,81,1,2,,', { kind: 'denominator-disagrees', line: 2, column: 'rank_of', detail: '2/3' }],
  ])('asks to confirm %s, and applies nothing', (_, text, expected) => {
    const analysis = analyzeImport(text, settings(), tiny);
    expect(analysis.issues).toMatchObject([expected]);
    expect(analysis.figures.count).toBe(0);
  });
});

describe('an import of 2025', () => {
  const catalog = loadBundledCatalog();
  // Any source id of the bundled catalogue: the figures are not real.
  const par2025 = settings({ year: 2025, fileName: 'test-not-real-par-2025.csv', source: 'nq-202-2025-qh15' });

  it('ranks the new units of 34 by the file, with the names staff write', () => {
    const text = 'KẾT QUẢ THỬ NGHIỆM (KHÔNG PHẢI SỐ LIỆU THẬT)\nTỉnh/thành phố;Chỉ số (%);Xếp hạng\nThành phố Cần Thơ;"89,13%";1\nTỉnh Đắk Lắk;"85,00%";2\nThành phố Huế;"84,00%";3';
    const analysis = analyzeImport(text, par2025, catalog);
    expect(analysis.issues).toEqual([]);
    expect(tableFigures(analysis.figures).map((f) => [f.unit, f.rank, f.rankOf])).toEqual([['N25-can-tho', 1, 3], ['N25-dak-lak', 2, 3], ['P31', 3, 3]]);
  });

  it.each([
    ['a pre-merger province', 'Hậu Giang', 'P60', '→ Cần Thơ (từ 2025)'],
    ['the pre-merger city by its code', 'P59', 'P59', '→ Cần Thơ (từ 2025)'],
  ])('reports %s as not assessed that year, naming its successor', (_, name, code, detail) => {
    const analysis = analyzeImport(`Tỉnh;Điểm;Hạng\nCần Thơ;89;1\n${name};80;2`, par2025, catalog);
    expect(analysis.issues).toMatchObject([{ kind: 'unit-not-assessed', line: 3, column: 'unit', raw: catalog.units.get(code)?.nameVi, detail }]);
    expect(analysis.figures.count).toBe(0);
  });

  it('reports a district in a 2025 file of the city index, and reads its communes', () => {
    const city = settings({ index: 'ct-par', year: 2025, fileName: 'test-not-real-ct-par-2025.csv', source: 'nq-1668-2025-ubtvqh15' });
    expect(analyzeImport('Đơn vị;Điểm;Hạng\nQuận Ninh Kiều;80;1', city, catalog).issues).toMatchObject([{ kind: 'unit-not-assessed', line: 2 }]);
    const communes = analyzeImport('Đơn vị;Điểm;Hạng\nPhường Cái Khế;80;1\nXã Hoà An;70;2', city, catalog);
    expect(communes.issues).toEqual([]);
    expect(tableFigures(communes.figures).map((f) => [f.unit, f.rankOf])).toEqual([['X25-31120', 2], ['X25-31393', 2]]);
  });
});
