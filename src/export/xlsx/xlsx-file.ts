import type { XlsxSheet } from './xlsx-sheet';

/** The workbook file of one sheet; the library loads on the first export, so the first screen pays nothing for it. */
export async function xlsxFile(sheet: XlsxSheet, sheetName: string): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  return writeExcelFile(sheet.data, { sheet: sheetName, columns: sheet.columns, stickyRowsCount: sheet.stickyRowsCount }).toBlob();
}
