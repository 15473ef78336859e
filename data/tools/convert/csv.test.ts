import { describe, expect, it } from 'vitest';
import { parseCsv, parseRecords, toCsv } from './csv';
import { openReference } from './reference';
import { parseTable } from './tables';

describe('CSV in and out', () => {
  it.each([
    ['plain', 'P59', 'P59'],
    ['a comma', 'Sở, ngành', '"Sở, ngành"'],
    ['a quote', 'the "PAR" index', '"the ""PAR"" index"'],
    ['a line break', 'a\nb', '"a\nb"'],
    ['blank', '', ''],
  ])('writes a cell with %s as RFC 4180 needs', (_what, cell, written) => {
    expect(toCsv(['code', 'note'], [{ code: 'x', note: cell }], 'test.csv')).toBe(`code,note\nx,${written}\n`);
  });

  it('writes LF line ends and reads back what it wrote', () => {
    const text = toCsv(['a', 'b'], [{ a: '1, 2', b: 'say "hi"' }], 'test.csv');
    expect(text).not.toContain('\r');
    expect(parseCsv(text, 'test.csv')).toEqual([['a', 'b'], ['1, 2', 'say "hi"']]);
  });

  it('refuses a column that is not in the header', () => {
    expect(() => toCsv(['a'], [{ a: '1', b: '2' }], 'units.csv')).toThrow('units.csv: unexpected column b');
  });

  it('refuses text that is not NFC-normalised', () => {
    expect(() => toCsv(['name'], [{ name: 'Cần Thơ'.normalize('NFD') }], 'units.csv')).toThrow('not NFC-normalised');
  });

  it('drops a BOM and reads CRLF', () => {
    expect(parseRecords('\uFEFFa,b\r\n1,2\r\n', 'f.csv', ['a', 'b'])).toEqual([{ a: '1', b: '2' }]);
  });

  it.each([
    ['a line with too few fields', 'a,b\n1\n', 'f.csv: line 2 has 1 fields, header has 2'],
    ['a missing column', 'a,c\n1,2\n', "f.csv: column 'b' missing"],
    ['an unterminated quote', 'a,b\n"1,2\n', 'f.csv'],
  ])('stops on %s', (_what, text, message) => {
    expect(() => parseRecords(text, 'f.csv', ['a', 'b'])).toThrow(message);
  });

  it("refuses a converter table whose header is not the declared one", () => {
    expect(() => parseTable('regions', 'code,name_vi\nR-X,X\n')).toThrow('tables/regions.csv: header is not code,name_vi,name_en,short_vi,short_en');
  });

  it('stops with a clear message when the reference data is missing', () => {
    expect(() => openReference('/nonexistent/reference-data')).toThrow(/reference data not found at \/nonexistent\/reference-data: .*\.\.\/shared\/reference-data/);
  });
});

describe('a file with no rows', () => {
  it('is its header line alone', () => {
    expect(toCsv(['id', 'plan'], [], 'plans/tasks.csv')).toBe('id,plan\n');
  });
});
