import { describe, expect, it } from 'vitest';
import { CHANGE_COLUMN, INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import { DIALECTS, toCsv } from '@/domain/export/csv-writer';
import { formatCsvNumber } from './format';

describe('the "as shown" CSV', () => {
  // Each row: the figure, its column's format, then the cell in the Vietnamese Excel and the standard dialect.
  it.each([
    ['a PAPI score', 36.405018, scoreColumn('points'), '36,41', '36.41'],
    ['a score in percent', 89.126, scoreColumn('percent'), '89,13%', '89.13%'],
    ['a rank', 59, INTEGER_COLUMN, '59', '59'],
    ['a gain of places', 20, { ...INTEGER_COLUMN, signed: true }, '+20', '+20'],
    ['a loss of places', -2, { ...INTEGER_COLUMN, signed: true }, '-2', '-2'],
    ['a loss of points', -1.1449, CHANGE_COLUMN, '-1,14', '-1.14'],
    ['a change that rounds to zero', -0.004, CHANGE_COLUMN, '0,00', '0.00'],
    ['a share with one decimal', 36.06, { decimals: 1, percent: true }, '36,1%', '36.1%'],
    ['a thousand, without grouping', 1234.5, { decimals: 2 }, '1234,50', '1234.50'],
  ])('writes %s as shown: %s', (_what, value, format, excelVi, standard) => {
    const table = { header: ['x'], rows: [[value]], columns: [format] };
    expect(toCsv(table, DIALECTS.excelVi, formatCsvNumber)).toBe(`\uFEFFx\r\n${excelVi}\r\n`);
    expect(toCsv(table, DIALECTS.standard, formatCsvNumber)).toBe(`\uFEFFx\r\n${standard}\r\n`);
  });

  it('keeps the full figure in a column without a format, and everywhere in the full export', () => {
    const table = { header: ['a', 'b'], rows: [[36.405018, 36.405018]], columns: [scoreColumn('points')] };
    expect(toCsv(table, DIALECTS.excelVi, formatCsvNumber)).toBe('\uFEFFa;b\r\n36,41;36,405018\r\n');
    expect(toCsv(table, DIALECTS.excelVi)).toBe('\uFEFFa;b\r\n36,405018;36,405018\r\n');
  });
});
