import { strFromU8, unzipSync } from 'fflate';
import readExcelFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { CHANGE_COLUMN, INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import { xlsxFile } from './xlsx-file';
import { xlsxSheet } from './xlsx-sheet';

// Made-up figures, not real data.
const madeUpTable = {
  header: ['Hạng', 'Tỉnh/thành', 'Điểm', 'Thay đổi (điểm)', 'Ghi chú'],
  rows: [
    [1, 'Cần Thơ', 89.13, 0.27, '=1+2'],
    [2, 'Hậu Giang', 36.405018, -1.14, 'Đã công bố'],
  ],
  columns: [INTEGER_COLUMN, undefined, scoreColumn('percent'), CHANGE_COLUMN],
};

describe('xlsxFile', () => {
  it('reopens with numbers as numbers, Vietnamese intact and the source line under the table', async () => {
    const blob = await xlsxFile(xlsxSheet(madeUpTable, 'Nguồn', ['PAR Index 2024 (Bộ Nội vụ)']), 'Dữ liệu');
    const [sheet, ...others] = await readExcelFile(Buffer.from(await blob.arrayBuffer()));
    expect(others).toEqual([]);
    expect(sheet?.sheet).toBe('Dữ liệu');
    expect(sheet?.data).toEqual([
      ['Hạng', 'Tỉnh/thành', 'Điểm', 'Thay đổi (điểm)', 'Ghi chú'],
      [1, 'Cần Thơ', 89.13, 0.27, "'=1+2"],
      [2, 'Hậu Giang', 36.405018, -1.14, 'Đã công bố'],
      [null, null, null, null, null],
      ['Nguồn', 'PAR Index 2024 (Bộ Nội vụ)', null, null, null],
    ]);
  });

  it('freezes the header row and stores the shown decimals as the number formats', async () => {
    const blob = await xlsxFile(xlsxSheet(madeUpTable, 'Nguồn', []), 'Dữ liệu');
    const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const xml = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    expect(xml('xl/worksheets/sheet1.xml')).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml('xl/worksheets/sheet1.xml')).toMatch(/<col [^>]*width="17"/);
    const styles = xml('xl/styles.xml');
    expect(styles).toContain('formatCode="#,##0.00&quot;%&quot;"');
    expect(styles).toContain('formatCode="+#,##0.00;-#,##0.00;#,##0.00"');
    expect(styles).toContain('formatCode="#,##0"');
  });
});
