import { describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import { createImportAnalyzer } from '@/domain/import/analyze';
import { tableFigures } from '@/domain/import/figure-table';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { readWorkbook } from './read-workbook';

/** A made-up workbook for the test: a cover sheet, then a PAR table in the Vietnamese Excel shape. */
async function testWorkbook(): Promise<Blob> {
  const table = [
    ['KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 (bảng thử nghiệm)', null, null],
    [null, null, null],
    ['Tỉnh, thành phố', 'Chỉ số PAR (%)', 'Xếp hạng'],
    ['TP. Cần Thơ', 89.13, 22],
    ['Hà Nội', '90,5%', '10'],
    ['Hậu Giang', 1.234, 40],
  ];
  const buffer = await writeExcelFile([
    { sheet: 'Bìa', data: [['Bảng thử nghiệm, không phải số liệu thật']] },
    { sheet: 'PAR 2024', data: table },
  ]).toBuffer();
  return new Blob([new Uint8Array(buffer)]);
}

describe('readWorkbook', () => {
  it('lists the sheets, reads the first by default and the one named, with sheet row numbers and stored numbers', async () => {
    const workbook = await testWorkbook();
    const first = await readWorkbook(workbook);
    expect(first).toMatchObject({ sheets: ['Bìa', 'PAR 2024'], sheet: 'Bìa', rows: [{ line: 1, cells: ['Bảng thử nghiệm, không phải số liệu thật'] }] });
    const par = await readWorkbook(workbook, 'PAR 2024');
    expect(par.sheet).toBe('PAR 2024');
    expect(par.rows.map((row) => row.line)).toEqual([1, 3, 4, 5, 6]);
    expect(par.rows[2]).toEqual({ line: 4, cells: ['TP. Cần Thơ', '89.13', '22'], numbers: [undefined, 89.13, 22] });
    expect(par.rows[3]).toEqual({ line: 5, cells: ['Hà Nội', '90,5%', '10'] });
  });

  it('imports like a CSV: title row skipped, header found, numbers stored as numbers never read through the decimal comma', async () => {
    const { rows } = await readWorkbook(await testWorkbook(), 'PAR 2024');
    // Decimal comma chosen: typed text "90,5%" reads as 90.5, the stored number 1.234 stays 1.234 (not 1234).
    const analyzer = createImportAnalyzer({ fileName: 'par-2024.xlsx', index: 'par', year: 2024, source: 's1', rankOf: 63, decimal: 'comma' }, tinyCatalog());
    analyzer.pushRows(rows);
    const analysis = analyzer.finish();
    expect(analysis).toMatchObject({ headerRow: 1, shape: 'wide', issues: [] });
    expect(tableFigures(analysis.figures).map((f) => [f.unit, f.score, f.rank, f.line])).toEqual([
      ['P59', 89.13, 22, 4],
      ['P01', 90.5, 10, 5],
      ['P60', 1.234, 40, 6],
    ]);
  });

  it('refuses a file that only starts like a workbook', async () => {
    await expect(readWorkbook(new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0])]))).rejects.toThrow();
  });
});
