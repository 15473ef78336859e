import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { analyzeImport, createImportAnalyzer, MAX_ISSUES } from './analyze';
import type { ImportAnalysis, ImportSettings } from './analysis-types';
import { IMPORT_LIMITS } from './limits';

// Every CSV here is a made-up test file built inline, not real data.
const catalog = tinyCatalog();
const settings: ImportSettings = { fileName: 'test-limits.csv', index: 'par', year: 2024, source: 's1' };
const { columns, cellChars, lineChars, rows } = IMPORT_LIMITS;

/** Pushes the text in pieces of the size File.stream() gives, until the analyzer stops; how far it read. */
function readUntilStopped(text: string, piece = 65_536): { analysis: ImportAnalysis; read: number; stopped: boolean } {
  const analyzer = createImportAnalyzer(settings, catalog);
  let read = 0;
  while (read < text.length && !analyzer.stopped) {
    analyzer.push(text.slice(read, read + piece));
    read += piece;
  }
  const analysis = analyzer.finish();
  return { analysis, read: Math.min(read, text.length), stopped: analyzer.stopped };
}

/** A wide table: the unit, a score, then `extra` ignored columns; one row of Cần Thơ whose ignored cells are `cell`. */
const wideTable = (extra: number, cell = '') => {
  const header = ['Tỉnh', 'Điểm', ...Array.from({ length: extra }, (_, i) => `Cột ${i + 3}`)].join(';');
  return `${header}\nCần Thơ;80${`;${cell}`.repeat(extra)}\n`;
};

describe('limits', () => {
  it.each([
    ['columns at the limit', wideTable(columns - 2), undefined],
    ['columns past the limit', wideTable(columns - 1), { kind: 'too-many-columns', line: 1, detail: `${columns + 1}/${columns}` }],
    ['a cell at the limit', wideTable(1, 'x'.repeat(cellChars)), undefined],
    ['a cell past the limit', wideTable(1, 'x'.repeat(cellChars + 1)), { kind: 'cell-too-long', line: 2, column: '3', detail: `${cellChars + 1}/${cellChars}` }],
  ])('%s', (_, text, issue) => {
    const { analysis, stopped } = readUntilStopped(text);
    if (issue) expect(analysis.issues).toEqual([{ file: 'test-limits.csv', ...issue }]);
    else expect(analysis.issues).toEqual([]);
    expect(stopped).toBe(issue !== undefined);
    expect(analysis.figures.count).toBe(issue ? 0 : 1);
  });

  it.each([
    ['at', 0],
    ['past', 1],
  ])('a line %s the limit (its text with the line break)', (_, over) => {
    // Header of 12 columns; the row's ignored cells fill the line to lineChars + over characters.
    const head = wideTable(10).split('\n')[0] ?? '';
    const start = 'Cần Thơ;80';
    const fill = lineChars + over - start.length - 1 - 10;
    const cells = Array.from({ length: 10 }, (_, i) => 'x'.repeat(Math.floor(fill / 10) + (i < fill % 10 ? 1 : 0)));
    const line = `${start};${cells.join(';')}\n`;
    expect(line).toHaveLength(lineChars + over);
    const { analysis } = readUntilStopped(`${head}\n${line}`);
    expect(analysis.issues).toEqual(over ? [{ file: 'test-limits.csv', line: 2, kind: 'line-too-long', detail: `${lineChars + 1}/${lineChars}` }] : []);
  });

  it.each([
    ['a line that never ends', `Tỉnh;Điểm\nCần Thơ;${'8'.repeat(20 * lineChars)}`],
    ['a quote that never closes', `Tỉnh;Điểm\n"Cần Thơ;${'8\n'.repeat(10 * lineChars)}`],
  ])('stops reading %s once it is longer than a line may be', (_, text) => {
    const { analysis, read, stopped } = readUntilStopped(text);
    expect(stopped).toBe(true);
    expect(read).toBeLessThan(3 * lineChars);
    expect(analysis.issues).toMatchObject([{ kind: 'line-too-long', line: 2 }]);
  });

  it('refuses 10,000 columns at the first row, long before the end of the file', () => {
    const row = `${'1;'.repeat(9_999)}1\n`;
    const small = readUntilStopped(row + row);
    expect(small.analysis.issues).toEqual([{ file: 'test-limits.csv', line: 1, kind: 'too-many-columns', detail: `10000/${columns}` }]);
    const large = readUntilStopped(row.repeat(500));
    expect(large.stopped).toBe(true);
    expect(large.read).toBeLessThan(row.length * 100);
    expect(large.analysis.issueCounts).toEqual({ 'too-many-columns': 1 });
  });

  it.each([
    ['at', 0],
    ['past', 1],
  ])('rows %s the limit', (_, over) => {
    // One figure, then rows naming no unit: a wide table reads nothing of them, cheaply.
    const text = `Tỉnh;Điểm\nCần Thơ;80\n${';1\n'.repeat(rows - 1 + over)}`;
    const { analysis, stopped } = readUntilStopped(text, 1 << 20);
    expect(analysis.issues).toEqual(over ? [{ file: 'test-limits.csv', line: rows + 2, kind: 'too-many-rows', detail: `${rows + 1}/${rows}` }] : []);
    expect(stopped).toBe(over === 1);
  }, 30_000);

  it.each([
    ['rows of the wrong width', 'Cần Thơ;80;x\n', 'field-count'],
    ['unknown units', 'Atlantis;80\n', 'unknown-unit'],
    ['duplicated rows', 'Cần Thơ;80\nCần Thơ;80\n', 'duplicate-row'],
  ])('counts %s exactly past the first %#', (_, row, kind) => {
    const analysis = analyzeImport(`Tỉnh;Điểm\n${row.repeat(MAX_ISSUES + 123)}`, settings, catalog);
    expect(analysis.issues).toHaveLength(MAX_ISSUES);
    const repeats = row.split('\n').length - 1;
    // Of duplicated rows, the first is not a duplicate.
    expect(analysis.issueCounts).toEqual({ [kind]: repeats * (MAX_ISSUES + 123) - (kind === 'duplicate-row' ? 1 : 0) });
  });

  it.each([
    ['too many columns', [{ line: 1, cells: Array.from({ length: columns + 1 }, (_, i) => `c${i}`) }], { kind: 'too-many-columns', line: 1, detail: `${columns + 1}/${columns}` }],
    ['a cell too long', [{ line: 1, cells: ['Tỉnh', 'Điểm'] }, { line: 2, cells: ['Cần Thơ', '8'.repeat(cellChars + 1)] }], { kind: 'cell-too-long', line: 2, column: '2', detail: `${cellChars + 1}/${cellChars}` }],
    ['a column named twice', [{ line: 1, cells: ['Tỉnh', 'Điểm', 'Điểm'] }, { line: 2, cells: ['Cần Thơ', '80', '81'] }], { kind: 'duplicate-column', line: 1, column: 'Điểm' }],
  ])('stops the rows of a workbook at %s as it does text', (_, rows, issue) => {
    const analyzer = createImportAnalyzer(settings, catalog);
    analyzer.pushRows([...rows, { line: 3, cells: ['Hà Nội', '90', '91'] }]);
    expect(analyzer.finish().issues).toEqual([{ file: 'test-limits.csv', ...issue }]);
    expect(analyzer.stopped).toBe(true);
  });
});
