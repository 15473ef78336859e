import type { CsvRow } from '@/domain/csv-table';
import { sheetRows } from '@/domain/import/sheet-rows';

export interface WorkbookSheet {
  /** Every sheet's name, in the workbook's order. */
  sheets: string[];
  /** The sheet read: the one named, or the first. */
  sheet: string;
  rows: CsvRow[];
}

// The library is a chunk of its own that only the import worker loads: the first screen never waits for it.
const loadReader = () => import('read-excel-file/universal');

/** Fetches the reader while the network is there (the worker starts once the first screen is idle), so a workbook imports offline too. */
export function preloadWorkbookReader(): void {
  loadReader().catch(() => undefined);
}

/** Reads one sheet of an .xlsx workbook as rows. */
export async function readWorkbook(file: Blob, sheet?: string): Promise<WorkbookSheet> {
  const { default: readXlsxFile } = await loadReader();
  const all = await readXlsxFile(file);
  const chosen = all.find((s) => s.sheet === sheet) ?? all[0];
  return { sheets: all.map((s) => s.sheet), sheet: chosen?.sheet ?? '', rows: sheetRows(chosen?.data ?? []) };
}
