import Papa from 'papaparse';
import type { CsvRow } from '@/domain/csv-table';
import type { DataIssue } from '@/domain/issues';
import { IMPORT_LIMITS } from './limits';

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
  const refuse = (kind: DataIssue['kind'], found: number, limit: number, column?: string) => {
    onIssue({ file, line, kind, ...(column && { column }), detail: `${found}/${limit}` });
    stop();
  };
  /** Refuses a row over a limit; true when it did. */
  const overLimit = (cells: readonly string[], length: number) => {
    if (length > IMPORT_LIMITS.lineChars) refuse('line-too-long', length, IMPORT_LIMITS.lineChars);
    else if (cells.length > IMPORT_LIMITS.columns) refuse('too-many-columns', cells.length, IMPORT_LIMITS.columns);
    // No cell of a row shorter than a cell's limit can be over it: most rows need no look at each cell.
    else if (length > IMPORT_LIMITS.cellChars) {
      const long = cells.findIndex((cell) => cell.length > IMPORT_LIMITS.cellChars);
      if (long >= 0) refuse('cell-too-long', cells[long]?.length ?? 0, IMPORT_LIMITS.cellChars, String(long + 1));
    }
    return stopped;
  };

  // The text being parsed and where its current row starts, read by the step of the one parser.
  let input = '';
  let rowStart = 0;
  // The bare Parser hands its step a result holding the one row in `data`.
  const step = (result: Papa.ParseResult<string[]>) => {
    if (stopped) return;
    const cells = result.data[0] ?? [];
    if (overLimit(cells, result.meta.cursor - rowStart)) return;
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
    if (text.includes('\u0000')) {
      onIssue({ file, line: 0, kind: 'binary-file' });
      return stop();
    }
    carry += text;
    // A quote that never closes would make every piece parse the whole rest again: wait for more,
    // as long as the row waiting is within the length of a line.
    if (carry.length < 2 * triedLength && carry.length <= IMPORT_LIMITS.lineChars) return;
    triedLength = carry.length;
    parse(carry, false);
    if (carry.length < triedLength) triedLength = 0;
    if (!stopped && carry.length > IMPORT_LIMITS.lineChars) refuse('line-too-long', carry.length, IMPORT_LIMITS.lineChars);
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
