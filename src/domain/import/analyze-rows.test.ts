import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { analyzeImport, createImportAnalyzer } from './analyze';
import type { ImportSettings } from './analysis-types';
import { tableFigures } from './figure-table';

// Every CSV here is a made-up test file written inline, not real data.
const catalog = tinyCatalog();
const settings: ImportSettings = { fileName: 'test-rows.csv', index: 'par', year: 2024, source: 's1', rankOf: 63 };
const analyze = (text: string) => analyzeImport(text, settings, catalog);

describe('rows that do not fit their header', () => {
  it.each([
    ['a short canonical row', 'unit,component,score,source\nP59,total,80,s1\nP60,total,80', 3, '3/4'],
    ['a long canonical row', 'unit,component,score,source\nP59,total,80,s1,x', 2, '5/4'],
    ['an unquoted comma in a note', 'unit,component,score,source,note\nP59,total,80,s1,tốt, nhưng chậm', 2, '6/5'],
    ['an unquoted decimal comma in a comma table', 'Tỉnh,Điểm\nCần Thơ,89,13', 2, '3/2'],
    ['a short wide row', 'Tỉnh;Điểm;Xếp hạng\nCần Thơ;89\nHà Nội;90;1', 2, '2/3'],
    ['a value past a trailing delimiter', 'Tỉnh;Điểm;\nCần Thơ;89;x', 2, '3/2'],
  ])('reports %s with its line and the fields found, and reads nothing of it', (_, text, line, detail) => {
    const analysis = analyze(text);
    expect(analysis.issues).toEqual([{ file: 'test-rows.csv', line, kind: 'field-count', detail }]);
    expect(analysis.figures.count).toBe(0);
  });

  // The rule: a row needs a field for each column up to the header's last named one; past it only
  // empty cells may follow. Rows above the header are a title, not data, and are not checked.
  it.each([
    ['a delimiter ending every line, as Excel writes', 'Tỉnh;Điểm;\nCần Thơ;80;\nHà Nội;81;', 2],
    ['empty cells past the header', 'Tỉnh;Điểm\nCần Thơ;80;;\nHà Nội;81', 2],
    ['empty cells inside and past the header', 'Tỉnh;Điểm;Xếp hạng\nCần Thơ;80;;\nHà Nội;81;1', 2],
    ['title rows above the header', 'KẾT QUẢ 2024\nBảng 1;;;;;\nTỉnh;Điểm\nCần Thơ;80', 1],
    ['empty fields inside a row', 'unit,component,score,rank,rank_of,status,source\nP59,total,80,,,,', 1],
    ['a quoted delimiter inside a note', 'unit,component,score,source,note\nP59,total,80,s1,"tốt, nhưng chậm"', 1],
  ])('accepts %s', (_, text, figures) => {
    const analysis = analyze(text);
    expect(analysis.issues).toEqual([]);
    expect(analysis.figures.count).toBe(figures);
  });

  it('keeps the note whole when its comma is quoted', () => {
    const analysis = analyze('unit,component,score,source,note\nP59,total,80,s1,"tốt, nhưng chậm"');
    expect(tableFigures(analysis.figures)[0]?.note).toBe('tốt, nhưng chậm');
  });
});

describe('a column named twice', () => {
  it.each([
    ['in a canonical header', 'unit,component,score,source,note,score\nP59,total,80,s1,,81', { line: 1, column: 'score' }],
    ['in a canonical header, letter case aside', 'unit,component,Score,score,source\nP59,total,80,81,s1', { line: 1, column: 'Score' }],
    ['among the columns read of a wide table', 'Tỉnh;Điểm;Điểm\nCần Thơ;80;81', { line: 1, column: 'Điểm' }],
    ['under a title row', 'KẾT QUẢ 2024\nTỉnh;Điểm;Điểm\nCần Thơ;80;81', { line: 2, column: 'Điểm' }],
  ])('is reported %s with the line and name, and nothing more is read', (_, text, expected) => {
    const analyzer = createImportAnalyzer(settings, catalog);
    analyzer.push(text);
    const analysis = analyzer.finish();
    expect(analysis.issues).toEqual([{ file: 'test-rows.csv', kind: 'duplicate-column', ...expected }]);
    expect(analyzer.stopped).toBe(true);
    expect(analysis.figures.count).toBe(0);
  });

  it('harms nothing when every column of that name is ignored', () => {
    const analysis = analyze('Tỉnh;Điểm;Ghi chú;Ghi chú\nCần Thơ;80;a;b');
    expect(analysis.issues).toEqual([]);
    expect(analysis.figures.count).toBe(1);
  });
});
