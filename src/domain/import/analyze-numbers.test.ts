import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { analyzeImport, createImportAnalyzer } from './analyze';
import type { ImportSettings } from './analysis-types';
import { tableFigures } from './figure-table';

const catalog = tinyCatalog();
const settings = (change: Partial<ImportSettings> = {}): ImportSettings => ({ fileName: 'par-2024.csv', index: 'par', year: 2024, source: 's1', rankOf: 63, ...change });
const scores = (text: string, change: Partial<ImportSettings> = {}) => {
  const analysis = analyzeImport(text, settings(change), catalog);
  return { numbers: analysis.numbers, issues: analysis.issues, scores: tableFigures(analysis.figures).map((f) => f.score) };
};

describe('one decimal mark for the whole file, stated', () => {
  it.each([
    ['a decimal comma proved by one cell', 'Tỉnh;Điểm\nCần Thơ;89,13%\nHà Nội;90', {}, { decimal: 'comma', basis: 'detected', example: '89,13%' }, [89.13, 90]],
    ['a decimal point proved by one cell', 'Tỉnh,Điểm\nCần Thơ,89.13\nHà Nội,90', {}, { decimal: 'point', basis: 'detected', example: '89.13' }, [89.13, 90]],
    ['thousands and a decimal comma', 'Tỉnh;Điểm\nCần Thơ;1.234,5', {}, { decimal: 'comma', basis: 'detected', example: '1.234,5' }, []],
    ['nothing to prove it, semicolons: the Vietnamese Excel comma is assumed', 'Tỉnh;Điểm\nCần Thơ;89\nHà Nội;90', {}, { decimal: 'comma', basis: 'assumed' }, [89, 90]],
    ['a choice of the user', 'Tỉnh;Điểm\nCần Thơ;89.13', { decimal: 'point' as const }, { decimal: 'point', basis: 'chosen' }, [89.13]],
  ])('%s', (_, text, change, numbers, expected) => {
    const result = scores(text, change);
    expect(result.numbers).toEqual(numbers);
    expect(result.scores).toEqual(expected);
  });

  it('reads "1.085" with the mark the file proves elsewhere, never cell by cell', () => {
    const result = scores('Tỉnh;Điểm\nCần Thơ;89,13\nHà Nội;1.085', {});
    expect(result.issues).toMatchObject([{ kind: 'out-of-range', line: 3, raw: '1.085' }]);
  });

  it('quotes a rewritten number as the file wrote it', () => {
    const result = scores('Tỉnh;Điểm\nCần Thơ;1.234,5', {});
    expect(result.issues).toMatchObject([{ kind: 'out-of-range', line: 2, column: 'Điểm', raw: '1.234,5' }]);
  });

  it('reports a number written with the other mark than the file proves', () => {
    const result = scores('Tỉnh;Điểm\nCần Thơ;89,13\nHà Nội;85.5', {});
    expect(result.issues).toMatchObject([{ kind: 'not-a-number', line: 3, raw: '85.5' }]);
  });
});

describe('a percentage cell of Excel read as a fraction', () => {
  it('is reported for the total of a % index, never scaled', () => {
    const analyzer = createImportAnalyzer(settings({ fileName: 'par-2024.xlsx' }), catalog);
    analyzer.pushRows([
      { line: 1, cells: ['Tỉnh', 'Chỉ số (%)'] },
      { line: 2, cells: ['Cần Thơ', '0.8913'], numbers: [undefined, 0.8913] },
    ]);
    const analysis = analyzer.finish();
    expect(analysis.issues).toMatchObject([{ kind: 'fraction-for-percent', line: 2, column: 'Chỉ số (%)', raw: '0.8913' }]);
    expect(analysis.figures.count).toBe(0);
  });

  it('is not a concern for an index scored in points', () => {
    const result = scores('Tỉnh;D1 Tham gia\nCần Thơ;0,95', { index: 'papi', fileName: 'papi.csv' });
    expect(result.issues).toEqual([]);
  });
});

describe('a file with no source, and none chosen', () => {
  it('gets one problem for the form, not one per row', () => {
    const analysis = analyzeImport('Tỉnh;Điểm\nCần Thơ;89,13\nHà Nội;90', settings({ source: '' }), catalog);
    expect(analysis.issues).toEqual([{ file: 'par-2024.csv', line: 0, kind: 'missing-source' }]);
    expect(analysis.issueCount).toBe(1);
  });
});
