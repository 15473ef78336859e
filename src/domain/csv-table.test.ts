import { describe, expect, it } from 'vitest';
import { parseCsvTable } from './csv-table';

describe('parseCsvTable', () => {
  it('reads records keyed by header, trimming cells and keeping line numbers', () => {
    const { table, issues } = parseCsvTable('a.csv', 'unit,score\nP59, 89.13 \n\nP01,70\n', ['unit', 'score']);
    expect(issues).toEqual([]);
    expect(table?.records).toEqual([
      { line: 2, values: { unit: 'P59', score: '89.13' } },
      { line: 4, values: { unit: 'P01', score: '70' } },
    ]);
  });

  it('counts lines inside quoted fields and CRLF line ends', () => {
    const { table } = parseCsvTable('a.csv', 'unit,note\r\nP59,"two\r\nlines"\r\nP01,x\r\n', ['unit']);
    expect(table?.records.map((r) => r.line)).toEqual([2, 4]);
    expect(table?.records[0]?.values.note).toBe('two\nlines');
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR (old Mac Excel)', '\r'],
  ])('reads %s line ends, and a mix of them, with every row at its line', (_, end) => {
    const text = `unit,score${end}P59,1${end}P01,2\r\nP02,3\n\rP03,4\r`;
    const { table, issues } = parseCsvTable('a.csv', text, ['unit']);
    expect(issues).toEqual([]);
    expect(table?.records.map((r) => [r.line, r.values.unit])).toEqual([
      [2, 'P59'],
      [3, 'P01'],
      [4, 'P02'],
      [6, 'P03'],
    ]);
  });

  it('strips a BOM and normalises decomposed Unicode to NFC', () => {
    const decomposed = 'Cần Thơ'.normalize('NFD');
    const { table } = parseCsvTable('a.csv', `\uFEFFname\n${decomposed}\n`, ['name']);
    expect(table?.header).toEqual(['name']);
    expect(table?.records[0]?.values.name).toBe('Cần Thơ'.normalize('NFC'));
  });

  it.each([
    ['empty text', '', 'empty-file', 0],
    ['blank lines only', '\n\n  \n', 'empty-file', 0],
    ['binary content', 'PK\u0003\u0004\u0000\u0000', 'binary-file', 0],
    ['a missing required column', 'unit,rank\nP59,1\n', 'missing-column', 1],
    ['a row with too many cells', 'unit,score\nP59,1,2\n', 'field-count', 2],
    ['an unterminated quote', 'unit,score\nP59,"89.13\n', 'unterminated-quote', 2],
  ])('reports %s', (_, text, kind, line) => {
    const { table, issues } = parseCsvTable('bad.csv', text, ['unit', 'score']);
    expect(issues[0]).toMatchObject({ file: 'bad.csv', kind, line });
    if (kind !== 'field-count') expect(table).toBeUndefined();
  });
});
