import Papa from 'papaparse';
import type { DataIssue } from './issues';

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
  /** The column names people see, when they differ from the canonical keys (an imported wide table). */
  labels?: Record<string, string>;
  /** Cells as the file wrote them, where reading rewrote them (a local number "1.234,5"): what a problem report quotes. */
  written?: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  records: CsvRecord[];
}

export interface CsvTableResult {
  table?: CsvTable;
  issues: DataIssue[];
}

const BOM = '\uFEFF';
const PROGRESS_EVERY = 20_000;

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}

export interface CsvRow {
  line: number;
  cells: string[];
  /** Beside `cells`, the values a workbook stores as numbers: taken as they are, never read again as text. */
  numbers?: (number | undefined)[];
}

export interface CsvRowsResult {
  rows: CsvRow[];
  issues: DataIssue[];
}

/**
 * Splits CSV text into rows of cells, each with its real line number (even when a quoted field spans
 * several lines). Text is normalised to NFC and a BOM is dropped; blank rows are left out.
 */
export function parseCsvRows(file: string, rawText: string, delimiter = ',', onProgress?: (fraction: number) => void): CsvRowsResult {
  if (looksBinary(rawText)) return { rows: [], issues: [{ file, line: 0, kind: 'binary-file' }] };
  // Every line end as '\n' (CRLF, an old Mac's CR, or a mix), so rows split and lines count one way.
  const text = (rawText.startsWith(BOM) ? rawText.slice(1) : rawText).normalize('NFC').replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { rows: [], issues: [{ file, line: 0, kind: 'empty-file' }] };

  const issues: DataIssue[] = [];
  const rows: CsvRow[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      for (const error of result.errors) {
        if (error.type === 'Quotes') issues.push({ file, line, kind: 'unterminated-quote' });
      }
      if (result.data.some((cell) => cell.trim() !== '')) rows.push({ line, cells: result.data });
      if (onProgress && rows.length % PROGRESS_EVERY === 0) onProgress(result.meta.cursor / text.length);
      // meta.cursor points just past the row's line break.
      line += countNewlines(text, rowStart, result.meta.cursor);
      rowStart = result.meta.cursor;
    },
  });
  if (rows.length === 0 && issues.length === 0) issues.push({ file, line: 0, kind: 'empty-file' });
  return { rows, issues };
}

/** Parses canonical CSV (comma-separated, header row) into records keyed by column name. */
export function parseCsvTable(file: string, text: string, requiredColumns: readonly string[]): CsvTableResult {
  const { rows, issues } = parseCsvRows(file, text);
  if (issues.length > 0) return { issues };
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return { issues: [{ file, line: 0, kind: 'empty-file' }] };
  const header = headerRow.cells.map((cell) => cell.trim());
  for (const column of requiredColumns) {
    if (!header.includes(column)) issues.push({ file, line: headerRow.line, column, kind: 'missing-column' });
  }
  if (issues.length > 0) return { issues };

  const records: CsvRecord[] = [];
  for (const row of dataRows) {
    if (row.cells.length !== header.length) {
      issues.push({ file, line: row.line, kind: 'field-count', detail: `${row.cells.length}/${header.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((column, i) => (values[column] = (row.cells[i] ?? '').trim()));
    records.push({ line: row.line, values });
  }
  return { table: { header, records }, issues };
}
