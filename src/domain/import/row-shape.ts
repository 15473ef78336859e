import type { CsvRow } from '@/domain/csv-table';
import type { DataIssue } from '@/domain/issues';
import type { ColumnTarget } from './mapping';

const filled = (cell: string) => cell.trim() !== '';

/** Cells up to the last one that holds something. */
function filledWidth(cells: readonly string[]): number {
  let width = cells.length;
  while (width > 0 && !filled(cells[width - 1] ?? '')) width--;
  return width;
}

/**
 * How many fields every row under the header must have. Empty cells after the last named column
 * are not columns: Excel ends every line with a delimiter when the sheet has an empty column.
 */
export const headerWidth = (header: readonly string[]): number => filledWidth(header);

/**
 * A row must have a field for every column of the header, and nothing beyond it but empty cells (a
 * trailing delimiter). A shorter row (a line cut short) or a longer one (a delimiter inside a value
 * that was not quoted) is reported with the number of fields found, never read by guessing which
 * value belongs to which column. Rows above the header (a title) are not data and are not checked.
 */
export function fieldCountIssue(file: string, row: CsvRow, width: number): DataIssue | undefined {
  const { length } = row.cells;
  if (length === width) return undefined;
  const found = length < width ? length : filledWidth(row.cells);
  if (length > width && found <= width) return undefined;
  return { file, line: row.line, kind: 'field-count', detail: `${found}/${width}` };
}

/**
 * Problems of the header itself. A name given to two columns that are read would leave it to chance
 * which one holds the value; in a wide table a repeated name on columns all ignored harms nothing.
 * A wide table needs a column naming the unit.
 */
export function headerIssues(file: string, line: number, header: readonly string[], shape: 'canonical' | 'wide', targets: readonly ColumnTarget[]): DataIssue[] {
  const read = (i: number) => shape === 'canonical' || (targets[i] !== undefined && targets[i].kind !== 'ignore');
  const columnsOf = new Map<string, number[]>();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (key !== '') columnsOf.set(key, [...(columnsOf.get(key) ?? []), i]);
  });
  const issues: DataIssue[] = [...columnsOf.values()]
    .filter((columns) => columns.length > 1 && columns.some(read))
    .map((columns) => ({ file, line, kind: 'duplicate-column', column: header[columns[0] ?? 0]?.trim() }));
  if (shape === 'wide' && !targets.some((t) => t.kind === 'unit')) issues.push({ file, line, kind: 'missing-column', column: 'unit' });
  return issues;
}
