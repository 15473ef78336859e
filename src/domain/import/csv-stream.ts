import Papa from 'papaparse';
import type { CsvRow } from '@/domain/csv-table';
import type { DataIssue } from '@/domain/issues';

const BOM = '\uFEFF';

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

function lineBreakOf(text: string): '\n' | '\r\n' | '\r' {
  const newline = text.indexOf('\n');
  if (newline === -1) return text.includes('\r') ? '\r' : '\n';
  return text[newline - 1] === '\r' ? '\r\n' : '\n';
}

export interface CsvRowStream {
  /** The next piece of text; complete rows go to onRow at once. */
  push(text: string): void;
  /** Ends the text: the last row, an unclosed quote, an empty file. */
  end(): void;
  /** A binary file: nothing more will be read. */
  readonly stopped: boolean;
  readonly issues: DataIssue[];
}

/**
 * parseCsvRows for text that arrives in pieces: each non-blank row once, with the line it starts on
 * (a quoted cell may span lines). A row cut by the end of a piece waits for the next piece.
 */
export function csvRowStream(file: string, delimiter: string, onRow: (row: CsvRow) => void): CsvRowStream {
  const issues: DataIssue[] = [];
  let parser: Papa.Parser | undefined;
  let carry = '';
  let triedLength = 0;
  let line = 1;
  let rows = 0;
  let stopped = false;
  let first = true;

  // The text being parsed and where its current row starts, read by the step of the one parser.
  let input = '';
  let rowStart = 0;
  // The bare Parser hands its step a result holding the one row in `data`.
  const step = (result: Papa.ParseResult<string[]>) => {
    const cells = result.data[0] ?? [];
    if (result.errors.some((error) => error.type === 'Quotes')) issues.push({ file, line, kind: 'unterminated-quote' });
    if (cells.some((cell) => cell.trim() !== '')) {
      rows++;
      onRow({ line, cells });
    }
    line += countNewlines(input, rowStart, result.meta.cursor);
    rowStart = result.meta.cursor;
  };
  const parse = (text: string, last: boolean) => {
    [input, rowStart] = [text, 0];
    parser ??= new Papa.Parser({ delimiter, newline: lineBreakOf(text), step });
    const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    carry = last ? '' : text.slice(result.meta.cursor);
    input = '';
  };

  const push = (piece: string) => {
    if (stopped || piece === '') return;
    let text = piece;
    if (first) {
      first = false;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    if (text.includes('\u0000')) {
      stopped = true;
      issues.push({ file, line: 0, kind: 'binary-file' });
      return;
    }
    carry += text;
    // A quote that never closes would make every piece parse the whole rest again: wait for more.
    if (carry.length < 2 * triedLength) return;
    triedLength = carry.length;
    parse(carry, false);
    if (carry.length < triedLength) triedLength = 0;
  };

  return {
    push,
    end() {
      if (!stopped && carry !== '') parse(carry, true);
      if (rows === 0 && issues.length === 0) issues.push({ file, line: 0, kind: 'empty-file' });
    },
    get stopped() {
      return stopped;
    },
    issues,
  };
}
