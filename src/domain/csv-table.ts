import Papa from 'papaparse';
import type { DataIssue } from './issues';

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
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

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) count++;
  return count;
}

function looksBinary(text: string): boolean {
  return text.includes('\u0000');
}

/**
 * Parses canonical CSV text (comma-separated, header row) into records keyed by column name.
 * Text is normalised to NFC; blank rows are skipped; every record keeps its real line number,
 * even when a quoted field spans several lines.
 */
export function parseCsvTable(file: string, rawText: string, requiredColumns: readonly string[]): CsvTableResult {
  if (looksBinary(rawText)) return { issues: [{ file, line: 0, kind: 'binary-file' }] };
  const text = (rawText.startsWith(BOM) ? rawText.slice(1) : rawText).normalize('NFC');
  if (text.trim() === '') return { issues: [{ file, line: 0, kind: 'empty-file' }] };

  const issues: DataIssue[] = [];
  const rows: { line: number; cells: string[] }[] = [];
  let rowStart = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    header: false,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      for (const error of result.errors) {
        if (error.type === 'Quotes') issues.push({ file, line, kind: 'unterminated-quote' });
      }
      rows.push({ line, cells });
      // meta.cursor points just past the row's line break.
      line += countNewlines(text, rowStart, result.meta.cursor);
      rowStart = result.meta.cursor;
    },
  });
  if (issues.length > 0) return { issues };

  const [headerRow, ...dataRows] = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ''));
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
