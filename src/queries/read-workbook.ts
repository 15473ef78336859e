import type { CsvRow } from '@/domain/csv-table';
import { sheetRows } from '@/domain/import/sheet-rows';

export interface WorkbookSheet {
  /** Every sheet's name, in the workbook's order. */
  sheets: string[];
  /** The sheet read: the one named, or the first. */
  sheet: string;
  rows: CsvRow[];
}

/**
 * Reads one sheet of an .xlsx workbook as rows. The library is loaded only here, when a workbook
 * arrives in the import worker, so neither the first screen nor a CSV import downloads it.
 */
export async function readWorkbook(file: Blob, sheet?: string): Promise<WorkbookSheet> {
  const { default: readXlsxFile } = await import('read-excel-file/universal');
  const all = await readXlsxFile(file);
  const chosen = all.find((s) => s.sheet === sheet) ?? all[0];
  return { sheets: all.map((s) => s.sheet), sheet: chosen?.sheet ?? '', rows: sheetRows(chosen?.data ?? []) };
}
