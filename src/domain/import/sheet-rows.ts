import type { CsvRow } from '@/domain/csv-table';

function cellText(value: unknown): string {
  if (typeof value === 'string') return value.normalize('NFC');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return '';
}

/**
 * A sheet's cells (text, numbers, booleans, dates; null when empty) as the rows a CSV file gives, each
 * with its row number in the sheet. Numbers are kept beside their text so they are never read again
 * through the decimal-mark rules. Blank rows are left out, as in a CSV file.
 */
export function sheetRows(data: readonly (readonly unknown[])[]): CsvRow[] {
  const rows: CsvRow[] = [];
  data.forEach((values, i) => {
    const cells = values.map(cellText);
    if (!cells.some((cell) => cell.trim() !== '')) return;
    const numbers = values.map((value) => (typeof value === 'number' ? value : undefined));
    rows.push({ line: i + 1, cells, ...(numbers.some((n) => n !== undefined) && { numbers }) });
  });
  return rows;
}
