import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { analyzeImport, createImportAnalyzer, MAX_ISSUES } from './analyze';
import type { ImportSettings } from './analysis-types';
import { tableFigures } from './figure-table';

const catalog = tinyCatalog();
const settings = (change: Partial<ImportSettings> = {}): ImportSettings => ({ fileName: 'par-2024.csv', index: 'par', year: 2024, source: 's1', ...change });

describe('analyzeImport', () => {
  it('reads a wide Excel table with a title row, semicolons, decimal commas and names', () => {
    const text = '\uFEFFKẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH 2024;;\r\nTỉnh, thành phố;Chỉ số (%);Xếp hạng\r\nTP. Cần Thơ;89,13%;22\r\nHà Nội;90,5;10\r\n;;\r\n';
    const analysis = analyzeImport(text, settings({ rankOf: 63 }), catalog);
    expect(analysis).toMatchObject({ delimiter: ';', headerRow: 1, shape: 'wide', rankOf: 63 });
    expect(analysis.targets.map((t) => t.kind)).toEqual(['unit', 'total', 'rank']);
    expect(analysis.issues).toEqual([]);
    expect(tableFigures(analysis.figures).map((f) => [f.unit, f.component, f.score, f.rank, f.rankOf, f.line])).toEqual([
      ['P59', 'total', 89.13, 22, 63, 3],
      ['P01', 'total', 90.5, 10, 63, 4],
    ]);
  });

  it('maps component columns by code and reads a canonical long file with names', () => {
    const wide = analyzeImport('Tỉnh,D1 Tham gia,Tổng điểm\nCần Thơ,"3,61","40,44"', settings({ index: 'papi', fileName: 'papi.csv' }), catalog);
    expect(tableFigures(wide.figures).map((f) => [f.component, f.score])).toEqual([
      ['total', 40.44],
      ['D1', 3.61],
    ]);
    const long = analyzeImport('unit,component,score,rank,rank_of,status,source\nCần Thơ,total,"89,13",22,63,,', settings({ rankOf: 63 }), catalog);
    expect(long.issues).toEqual([]);
    expect(tableFigures(long.figures)[0]).toMatchObject({ unit: 'P59', score: 89.13, status: 'published', sources: ['s1'] });
  });

  it.each([
    ['an unknown unit', 'Tỉnh;Điểm\nAtlantis;80', { kind: 'unknown-unit', line: 2, column: 'Tỉnh', raw: 'Atlantis' }],
    ['text in a number column', 'Tỉnh;Điểm\nCần Thơ;8,5x', { kind: 'not-a-number', line: 2, column: 'Điểm', raw: '8,5x' }],
    ['a score above the scale', 'Tỉnh;Điểm\nCần Thơ;189', { kind: 'out-of-range', line: 2, column: 'Điểm' }],
    ['a negative score', 'Tỉnh;Điểm\nCần Thơ;-3', { kind: 'out-of-range', line: 2, column: 'Điểm' }],
    ['a rank above its denominator', 'Tỉnh;Điểm;Hạng;Mẫu số\nCần Thơ;89;64;63', { kind: 'rank-above-denominator', line: 2, column: 'Hạng' }],
    ['a duplicated row', 'Tỉnh;Điểm\nCần Thơ;80\nTP Cần Thơ;81', { kind: 'duplicate-row', line: 3 }],
    ['an unterminated quote', 'Tỉnh;Điểm\n"Cần Thơ;80', { kind: 'unterminated-quote', line: 2 }],
    ['an empty file', '   \n', { kind: 'empty-file', line: 0 }],
    ['a binary file', 'PK\u0003\u0004\u0000', { kind: 'binary-file', line: 0 }],
    ['a table without a unit column', 'A;B\n1;2', { kind: 'missing-column', column: 'unit' }],
  ])('reports %s with line and column', (_, text, expected) => {
    expect(analyzeImport(text, settings(), catalog).issues[0]).toMatchObject({ file: 'par-2024.csv', ...expected });
  });


  it('reports a year outside the index', () => {
    expect(analyzeImport('Tỉnh;Điểm\nCần Thơ;80', settings({ year: 2010 }), catalog).issues[0]).toMatchObject({ kind: 'year-out-of-range' });
  });

  it('follows the separator, header row and columns the user chose', () => {
    const text = 'Tỉnh,Điểm,Ghi chú\nCần Thơ,80,x';
    const analysis = analyzeImport(text, settings({ delimiter: ',', headerRow: 0, targets: [{ kind: 'unit' }, { kind: 'ignore' }, { kind: 'ignore' }] }), catalog);
    expect(analysis.figures.count).toBe(0);
    expect(analysis.issues).toMatchObject([{ kind: 'empty-file' }]);
  });

  it('reads text that arrives in pieces cut anywhere, even inside a quoted cell spanning lines', () => {
    const text = 'Tỉnh;Điểm;Ghi chú\r\nTP. Cần Thơ;89,13;"hai\r\ndòng"\r\nHà Nội;90,5;x\r\nSóc Trăng;80;y\r\n';
    const whole = analyzeImport(text, settings({ rankOf: 63 }), catalog);
    for (const size of [1, 3, 7, 20]) {
      const analyzer = createImportAnalyzer(settings({ rankOf: 63 }), catalog);
      for (let at = 0; at < text.length; at += size) analyzer.push(text.slice(at, at + size));
      const pieces = analyzer.finish();
      expect(tableFigures(pieces.figures)).toEqual(tableFigures(whole.figures));
      expect(pieces.issues).toEqual(whole.issues);
    }
    expect(tableFigures(whole.figures).map((f) => [f.unit, f.line])).toEqual([['P59', 2], ['P01', 4], ['P61', 5]]);
    expect(whole.issues).toEqual([]);
  });

  it('keeps no figures of a file with a problem: nothing of it can be applied', () => {
    const analysis = analyzeImport('Tỉnh;Điểm\nCần Thơ;80\nAtlantis;80', settings(), catalog);
    expect(analysis.issues).toMatchObject([{ kind: 'unknown-unit', line: 3 }]);
    expect(analysis.figures.count).toBe(0);
  });

  it('keeps the first problems of a very bad file and counts the rest', () => {
    const text = 'Tỉnh;Điểm\n' + 'Atlantis;80\nCần Thơ;80\n'.repeat(MAX_ISSUES + 500);
    const analysis = analyzeImport(text, settings(), catalog);
    expect(analysis.issues).toHaveLength(MAX_ISSUES);
    // Every Atlantis row is an unknown unit; every Cần Thơ row after the first a duplicate.
    expect(analysis.issueCounts).toEqual({ 'unknown-unit': MAX_ISSUES + 500, 'duplicate-row': MAX_ISSUES + 499 });
    expect(analysis.issueCount).toBe(2 * MAX_ISSUES + 999);
  });
});
