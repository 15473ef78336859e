import type { ColumnFormat } from './column-format';

export type CsvCell = string | number | null | undefined;

/** A table ready to write: what a chart or table shows, or the figures behind it. */
export interface ExportTable {
  header: string[];
  rows: CsvCell[][];
  /**
   * How each column's numbers read on screen, for the workbook export (the CSV keeps the plain
   * number). A column without one is shown as the figure is, with as many decimals as it has.
   */
  columns?: readonly (ColumnFormat | undefined)[];
}

export interface CsvDialect {
  delimiter: ',' | ';';
  decimalComma: boolean;
}

/** Plain CSV, and what a Vietnamese-locale Excel expects: ';' between cells and decimal commas. */
export const DIALECTS = {
  standard: { delimiter: ',', decimalComma: false },
  excelVi: { delimiter: ';', decimalComma: true },
} as const satisfies Record<string, CsvDialect>;

const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab, a carriage
 * return or a line feed) gets a leading apostrophe, so it stays text (OWASP CSV injection).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r\n]/.test(text) ? `'${text}` : text;
}

function writeCell(cell: CsvCell, dialect: CsvDialect): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (dialect.decimalComma ? String(cell).replace('.', ',') : String(cell)) : neutraliseFormula(cell);
  return text.includes(dialect.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 text with a BOM (so Excel reads Vietnamese correctly) and CRLF line ends; numbers stay numbers. */
export function toCsv(table: ExportTable, dialect: CsvDialect = DIALECTS.standard): string {
  const lines = [table.header, ...table.rows].map((row) => row.map((cell) => writeCell(cell, dialect)).join(dialect.delimiter));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The table followed by a blank row and one row per source, as the chart's source line reads. */
export function withSourceRows(table: ExportTable, label: string, sources: readonly string[]): ExportTable {
  if (sources.length === 0) return table;
  return { ...table, rows: [...table.rows, [], ...sources.map((source) => [label, source])] };
}
