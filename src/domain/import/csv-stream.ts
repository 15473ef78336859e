import Papa from 'papaparse';
import type { CsvRow } from '@/domain/csv-table';
import type { DataIssue } from '@/domain/issues';
import { IMPORT_LIMITS, rowLimitIssue, unendedLineIssue } from './limits';

const BOM = '\uFEFF';

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export interface CsvRowStream {
  /** The next piece of text, its line ends all '\n' (see line-ends.ts); complete rows go to onRow at once. */
  push(text: string): void;
  /** Ends the text: the last row, an unclosed quote. */
  end(): void;
  /** Nothing more is worth reading: the reader has met a problem that stops it. */
  stop(): void;
  /** A binary file, a limit met or stop(): nothing more will be read. */
  readonly stopped: boolean;
}

/**
 * parseCsvRows for text that arrives in pieces: each non-blank row once, with the line it starts on
 * (a quoted cell may span lines). A row cut by the end of a piece waits for the next piece. The
 * limits on columns and lengths are checked on every row, and on a row still waiting for its end,
 * so a hostile file is refused before it is held.
 */
export function csvRowStream(file: string, delimiter: string, onRow: (row: CsvRow) => void, onIssue: (issue: DataIssue) => void): CsvRowStream {
  let parser: Papa.Parser | undefined;
  let carry = '';
  let triedLength = 0;
  let line = 1;
  let stopped = false;
  let first = true;

  const stop = () => {
    stopped = true;
    parser?.abort();
  };
  const refuse = (issue: DataIssue) => {
    onIssue(issue);
    stop();
  };

  // The text being parsed and where its current row starts, read by the step of the one parser.
  let input = '';
  let rowStart = 0;
  // The bare Parser hands its step a result holding the one row in `data`.
  const step = (result: Papa.ParseResult<string[]>) => {
    if (stopped) return;
    const cells = result.data[0] ?? [];
    const limit = rowLimitIssue(file, line, cells, result.meta.cursor - rowStart);
    if (limit) return refuse(limit);
    if (result.errors.some((error) => error.type === 'Quotes')) onIssue({ file, line, kind: 'unterminated-quote' });
    if (cells.some((cell) => cell.trim() !== '')) onRow({ line, cells });
    line += countNewlines(input, rowStart, result.meta.cursor);
    rowStart = result.meta.cursor;
  };
  const parse = (text: string, last: boolean) => {
    [input, rowStart] = [text, 0];
    parser ??= new Papa.Parser({ delimiter, newline: '\n', step });
    const result = parser.parse(text, 0, !last) as Papa.ParseResult<string[]>;
    carry = last || stopped ? '' : text.slice(result.meta.cursor);
    input = '';
  };

  const push = (piece: string) => {
    if (stopped || piece === '') return;
    let text = piece;
    if (first) {
      first = false;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    if (text.includes('\u0000')) return refuse({ file, line: 0, kind: 'binary-file' });
    carry += text;
    // A quote that never closes would make every piece parse the whole rest again: wait for more,
    // as long as the row waiting is within the length of a line.
    if (carry.length < 2 * triedLength && carry.length <= IMPORT_LIMITS.lineChars) return;
    triedLength = carry.length;
    parse(carry, false);
    if (carry.length < triedLength) triedLength = 0;
    if (!stopped && carry.length > IMPORT_LIMITS.lineChars) refuse(unendedLineIssue(file, line, carry.length));
  };

  return {
    push,
    end() {
      if (!stopped && carry !== '') parse(carry, true);
    },
    stop,
    get stopped() {
      return stopped;
    },
  };
}
