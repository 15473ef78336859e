import type { CsvRow } from '@/domain/csv-table';

/** The decimal mark numbers are read with; the user may also leave it to be found ('auto'). */
export type DecimalSeparator = 'comma' | 'point';
export type DecimalMark = 'auto' | DecimalSeparator;

const SPACES = /[\s\u00a0\u202f]/g;
const PLAIN_POINT = /^[+-]?\d+(\.\d+)?$/;
const PLAIN_COMMA = /^[+-]?\d+(,\d+)?$/;
const UNSIGNED_POINT = /^\d+(\.\d+)?$/;
const UNSIGNED_COMMA = /^\d+(,\d+)?$/;
/** Below 1e-6, which String(number) writes with an exponent. */
const TINY = /^0+[.,]0{6}/;

/**
 * Reads a number as people type it in Vietnamese or English spreadsheets: "85,5", "85.5",
 * "1.234,5", "1,234.5", "89,13%", "−1,14", with the file's decimal mark (the other mark may group
 * thousands). Returns undefined when it is not a number written that way.
 */
export function parseLocaleNumber(raw: string, decimal: DecimalSeparator): number | undefined {
  // Digits with at most the decimal mark, as nearly every cell is written: read at once (a profile of a 100k-row import
  // had this function, with its replaces and tests below, as the largest cost after papaparse's own parse).
  if ((decimal === 'point' ? PLAIN_POINT : PLAIN_COMMA).test(raw)) return Number(decimal === 'point' ? raw : raw.replace(',', '.'));
  let text = raw.replace(SPACES, '').replace(/\u2212/g, '-').replace(/%$/, '');
  if (!/^[+-]?[\d.,]+$/.test(text) || !/\d/.test(text)) return undefined;
  const mark = decimal === 'comma' ? ',' : '.';
  const grouping = mark === ',' ? '.' : ',';
  const parts = text.split(mark);
  if (parts.length > 2) return undefined;
  const [whole = '', fraction] = parts;
  if (whole.includes(grouping) && !/^[+-]?\d{1,3}([.,]\d{3})+$/.test(whole)) return undefined;
  text = `${whole.split(grouping).join('')}${fraction === undefined ? '' : `.${fraction}`}`;
  if (!/^[+-]?\d+(\.\d+)?$/.test(text)) return undefined;
  return Number(text);
}

/** What an unreadable number cell becomes: never a number to the validator, whatever the cell said. */
export const UNREADABLE_NUMBER = '?';

/**
 * A cell as the canonical files write it ("89.13"). A cell that is not a number with this decimal mark
 * becomes UNREADABLE_NUMBER, to be reported with its text: "85.5" in a file of decimal commas is an
 * error, not 85,5 read by luck.
 */
export function canonicalNumber(raw: string, decimal: DecimalSeparator): string {
  const trimmed = raw.trim();
  if (trimmed === '') return '';
  // Unsigned digits with at most the decimal mark, as nearly every cell is written, are kept as
  // written with a decimal point ("85,50" → "85.50", the same number as "85.5"): no number made and
  // written back for each cell (a profile of a 100k-row import). The slow path keeps what it alone
  // does: "-0" becomes "0", and "0.0000001" or 22 digits become an exponent the validator refuses.
  if (trimmed.length <= 21 && !TINY.test(trimmed) && (decimal === 'point' ? UNSIGNED_POINT : UNSIGNED_COMMA).test(trimmed)) {
    return decimal === 'point' ? trimmed : trimmed.replace(',', '.');
  }
  const value = parseLocaleNumber(trimmed, decimal);
  return value === undefined ? UNREADABLE_NUMBER : String(value);
}

/** Which decimal mark a file uses, and why the import believes it. */
export interface NumberConvention {
  decimal: DecimalSeparator;
  /** 'chosen' by the user, 'detected' from a cell that can only be read one way, or 'assumed' from the separator. */
  basis: 'chosen' | 'detected' | 'assumed';
  /** The cell that decided it, when detected. */
  example?: string;
}

const NUMBER_LIKE = /^[+-]?[\d.,]*\d[\d.,]*$/;

/** The decimal mark one cell proves ("89,13", "1.234,5", "1.234.567"), or undefined when it reads both ways ("1.085", "63"). */
export function decimalMarkOf(raw: string): DecimalSeparator | undefined {
  const text = raw.replace(SPACES, '').replace(/\u2212/g, '-').replace(/%$/, '');
  if (!NUMBER_LIKE.test(text)) return undefined;
  const commas = text.split(',').length - 1;
  const points = text.split('.').length - 1;
  if (commas > 0 && points > 0) return text.lastIndexOf(',') > text.lastIndexOf('.') ? 'comma' : 'point';
  if (commas > 1) return 'point';
  if (points > 1) return 'comma';
  const mark = commas === 1 ? ',' : points === 1 ? '.' : undefined;
  if (!mark) return undefined;
  // One mark followed by exactly three digits may group thousands: it proves nothing.
  if (/^[+-]?\d{1,3}[.,]\d{3}$/.test(text)) return undefined;
  return mark === ',' ? 'comma' : 'point';
}

/**
 * The file's convention from its cells: the mark most cells prove. When no cell proves one, the
 * fallback is assumed, and said so (Excel's habit: a file separated by ';' or tabs, or a workbook,
 * comes from a Vietnamese Excel with decimal commas; a comma-separated file uses the point).
 */
export function detectNumberConvention(cells: Iterable<string>, fallback: DecimalSeparator): NumberConvention {
  const votes = { comma: 0, point: 0 };
  const examples: Partial<Record<DecimalSeparator, string>> = {};
  for (const cell of cells) {
    const mark = decimalMarkOf(cell);
    if (!mark) continue;
    votes[mark] += 1;
    examples[mark] ??= cell.trim();
  }
  if (votes.comma + votes.point === 0) return { decimal: fallback, basis: 'assumed' };
  const decimal = votes.comma >= votes.point ? 'comma' : 'point';
  return { decimal, basis: 'detected', example: examples[decimal] };
}

/** The decimal mark assumed for a text file when no cell proves one. */
export const fallbackDecimalFor = (delimiter: string): DecimalSeparator => (delimiter === ',' ? 'point' : 'comma');

/** The cells typed as text (a workbook's stored numbers need no decimal mark). */
function* typedCells(rows: readonly CsvRow[]) {
  for (const row of rows) for (const [i, cell] of row.cells.entries()) if (row.numbers?.[i] === undefined) yield cell;
}

/** The convention a file's numbers are read with: the user's choice, or what its first rows show, or the fallback. */
export function fileNumberConvention(rows: readonly CsvRow[], chosen: DecimalMark | undefined, fallback: DecimalSeparator): NumberConvention {
  if (chosen === 'comma' || chosen === 'point') return { decimal: chosen, basis: 'chosen' };
  return detectNumberConvention(typedCells(rows), fallback);
}
