import { parseCsvRows } from '@/domain/csv-table';
import type { DataIssue } from '@/domain/issues';
import { detectDelimiter } from './delimiter';

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** Text with any separator (Excel's ';', tab) rewritten as the comma-separated text the canonical readers take. */
export function toCommaSeparated(file: string, text: string): { text: string; issues: DataIssue[] } {
  const { rows, issues } = parseCsvRows(file, text, detectDelimiter(text));
  return { text: rows.map((row) => row.cells.map(quote).join(',')).join('\n'), issues };
}
