import { describe, expect, it } from 'vitest';
import { CHANGE_COLUMN, INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import type { ExportTable } from '@/domain/export/csv-writer';
import { excelNumberFormat, xlsxSheet } from './xlsx-sheet';

// Made-up figures, not real data: a ranking table as its view builds it.
const madeUpRanking: ExportTable = {
  header: ['Hạng', 'Trên', 'Tỉnh/thành', 'Điểm', 'Thay đổi (bậc)', 'Thay đổi (điểm)', 'Ghi chú'],
  rows: [
    [1, 63, 'Cần Thơ', 89.13, 3, 0.27, '=HYPERLINK("x")'],
    [2, 63, 'Hậu Giang', 1234.5, -2, -1.14, undefined],
    [undefined, undefined, 'Sóc Trăng', null, 0, 0, 'Chưa công bố'],
  ],
  columns: [INTEGER_COLUMN, INTEGER_COLUMN, undefined, scoreColumn('percent'), { ...INTEGER_COLUMN, signed: true }, CHANGE_COLUMN],
};

describe('excelNumberFormat', () => {
  it.each([
    [{ decimals: 0 }, '#,##0'],
    [{ decimals: 2 }, '#,##0.00'],
    [{ decimals: 1, percent: true }, '#,##0.0"%"'],
    [{ decimals: 2, signed: true }, '+#,##0.00;-#,##0.00;#,##0.00'],
  ])('writes %j as %s', (format, code) => {
    expect(excelNumberFormat(format)).toBe(code);
  });
});

describe('xlsxSheet', () => {
  const sheet = xlsxSheet(madeUpRanking, 'Nguồn', ['PAR Index 2024 (Bộ Nội vụ)', 'Nhập từ tệp par.csv (01/12/2026)']);

  it('writes the header as shown, in bold and frozen', () => {
    expect(sheet.data[0]).toEqual(madeUpRanking.header.map((value) => ({ value, type: String, format: '@', fontWeight: 'bold' })));
    expect(sheet.stickyRowsCount).toBe(1);
  });

  it('keeps numbers as numbers, each with the format of the decimals its column shows', () => {
    expect(sheet.data[1]?.slice(0, 6)).toEqual([
      { value: 1, type: Number, format: '#,##0' },
      { value: 63, type: Number, format: '#,##0' },
      { value: 'Cần Thơ', type: String, format: '@' },
      { value: 89.13, type: Number, format: '#,##0.00"%"' },
      { value: 3, type: Number, format: '+#,##0;-#,##0;#,##0' },
      { value: 0.27, type: Number, format: '+#,##0.00;-#,##0.00;#,##0.00' },
    ]);
  });

  it('leaves empty cells empty', () => {
    expect(sheet.data[2]?.[6]).toBeNull();
    expect(sheet.data[3]?.slice(0, 2)).toEqual([null, null]);
    expect(sheet.data[3]?.[3]).toBeNull();
  });

  it('writes a formula-like text as neutralised text, never as a formula', () => {
    expect(sheet.data[1]?.[6]).toEqual({ value: '\'=HYPERLINK("x")', type: String, format: '@' });
  });

  it('writes the source lines under the table after a blank row', () => {
    expect(sheet.data.slice(4)).toEqual([
      [],
      [
        { value: 'Nguồn', type: String, format: '@' },
        { value: 'PAR Index 2024 (Bộ Nội vụ)', type: String, format: '@' },
      ],
      [
        { value: 'Nguồn', type: String, format: '@' },
        { value: 'Nhập từ tệp par.csv (01/12/2026)', type: String, format: '@' },
      ],
    ]);
  });

  it('sizes each column to its longest header or shown cell, not to the source lines', () => {
    // "Thay đổi (điểm)" is 15 characters; "1,234.50%" is 9; the long source text does not widen column B.
    expect(sheet.columns.map((c) => c.width)).toEqual([6, 6, 12, 11, 16, 17, 17]);
  });

  it('wraps a long text in a column of the widest size', () => {
    const long = 'Nâng cao chất lượng giải quyết thủ tục hành chính trên cổng dịch vụ công của thành phố';
    const tasks = xlsxSheet({ header: ['Nhiệm vụ'], rows: [[long]] }, 'Nguồn', []);
    expect(tasks.data[1]?.[0]).toEqual({ value: long, type: String, format: '@', wrap: true });
    expect(tasks.columns).toEqual([{ width: 50 }]);
    expect(tasks.data).toHaveLength(2);
  });
});
