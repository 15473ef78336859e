import type { CellObject, SheetData } from 'write-excel-file/universal';
import type { ColumnFormat } from '@/domain/export/column-format';
import { neutraliseFormula, withSourceRows, type CsvCell, type ExportTable } from '@/domain/export/csv-writer';
import { formatNumber } from '@/i18n/format';

/** What write-excel-file needs for one sheet: its cells, the column widths, the frozen header row. */
export interface XlsxSheet {
  data: SheetData;
  columns: { width: number }[];
  stickyRowsCount: number;
}

/** Column widths in characters: room for the longest cell, but a long text wraps instead of a wall-wide column. */
const MIN_WIDTH = 6;
const MAX_WIDTH = 50;

/**
 * The Excel number format that shows a figure as the screen does: #,##0.00 for 2 decimals (Excel puts
 * the reader's own separators in, so a Vietnamese Excel reads 1.234,50); a score in percent keeps
 * its number (89.13, as on screen and in the CSV) with a literal "%" after it rather than Excel's %,
 * which would need 0.8913 in the cell; a change gets its plus sign.
 */
export function excelNumberFormat({ decimals, percent, signed }: ColumnFormat): string {
  const number = `#,##0${decimals > 0 ? `.${'0'.repeat(decimals)}` : ''}${percent ? '"%"' : ''}`;
  return signed ? `+${number};-${number};${number}` : number;
}

/** A text cell stays text: never a formula, and a formula-like start is neutralised as in the CSV. */
const textCell = (text: string, wrap = false): CellObject => ({ value: neutraliseFormula(text), type: String, format: '@', ...(wrap && { wrap }) });

function bodyCell(cell: CsvCell, format: ColumnFormat | undefined): CellObject | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string') return textCell(cell, cell.length > MAX_WIDTH);
  if (!Number.isFinite(cell)) return null;
  return format ? { value: cell, type: Number, format: excelNumberFormat(format) } : { value: cell, type: Number };
}

/** How many characters a cell takes on screen: a number with its decimals, grouping, sign and % sign. */
function shownLength(cell: CsvCell, format: ColumnFormat | undefined): number {
  if (cell === null || cell === undefined) return 0;
  if (typeof cell === 'string') return cell.length;
  if (!format) return String(cell).length;
  const sign = format.signed && cell > 0 ? 1 : 0;
  return formatNumber(cell, 'en', format.decimals).length + sign + (format.percent ? 1 : 0);
}

function columnWidths(table: ExportTable): number[] {
  return table.header.map((header, i) => {
    const longest = Math.max(header.length, ...table.rows.map((row) => shownLength(row[i], table.columns?.[i])));
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
  });
}

/**
 * A table as shown, as one sheet: the header in bold and frozen, numbers as numbers with the decimals
 * the screen shows, text as text, and under the table the source lines as on screen (they spill
 * over the empty cells beside them, so they do not widen the columns).
 */
export function xlsxSheet(table: ExportTable, sourceLabel: string, sources: readonly string[]): XlsxSheet {
  const sourceRows = withSourceRows(table, sourceLabel, sources).rows.slice(table.rows.length);
  return {
    data: [
      table.header.map((header) => ({ ...textCell(header), fontWeight: 'bold' })),
      ...table.rows.map((row) => row.map((cell, i) => bodyCell(cell, table.columns?.[i]))),
      ...sourceRows.map((row) => row.map((cell) => (typeof cell === 'string' ? textCell(cell) : null))),
    ],
    columns: columnWidths(table).map((width) => ({ width })),
    stickyRowsCount: 1,
  };
}
