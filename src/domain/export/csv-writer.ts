import type { ColumnFormat } from './column-format';

export type CsvCell = string | number | null | undefined;

/** A table ready to write: what a chart or table shows, or the figures behind it. */
export interface ExportTable {
  header: string[];
  rows: CsvCell[][];
  /**
   * How each column's numbers read on screen, for the workbook and the "as shown" CSV. A column
   * without one is written as the figure is, with as many decimals as it has.
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

/** Writes a number of a column that has a format as the screen shows it (i18n/format's formatCsvNumber). */
export type NumberWriter = (value: number, format: ColumnFormat, dialect: CsvDialect) => string;

function writeCell(cell: CsvCell, dialect: CsvDialect, format: ColumnFormat | undefined, writeNumber: NumberWriter | undefined): string {
  if (cell === null || cell === undefined) return '';
  const plain = (value: number) => (dialect.decimalComma ? String(value).replace('.', ',') : String(value));
  const text = typeof cell === 'string' ? neutraliseFormula(cell) : format && writeNumber ? writeNumber(cell, format, dialect) : plain(cell);
  return text.includes(dialect.delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * UTF-8 text with a BOM (so Excel reads Vietnamese correctly) and CRLF line ends; numbers stay
 * numbers. Without `writeNumber` every figure keeps its full precision; with it, the numbers of a
 * column with a format are written as that column shows them.
 */
export function toCsv(table: ExportTable, dialect: CsvDialect = DIALECTS.standard, writeNumber?: NumberWriter): string {
  const header = table.header.map((cell) => writeCell(cell, dialect, undefined, undefined)).join(dialect.delimiter);
  const body = table.rows.map((row) => row.map((cell, i) => writeCell(cell, dialect, table.columns?.[i], writeNumber)).join(dialect.delimiter));
  return `${BOM}${[header, ...body].join('\r\n')}\r\n`;
}

/** The table followed by a blank row and one row per source, as the chart's source line reads. */
export function withSourceRows(table: ExportTable, label: string, sources: readonly string[]): ExportTable {
  if (sources.length === 0) return table;
  return { ...table, rows: [...table.rows, [], ...sources.map((source) => [label, source])] };
}
