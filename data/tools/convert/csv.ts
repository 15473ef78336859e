import Papa from 'papaparse';
import { assert, fail } from './errors';

export type Row<K extends string = string> = Record<K, string>;

/** Rows of cells (a BOM dropped, blank lines left out); malformed quoting stops the run. */
export function parseCsv(text: string, file: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const result = Papa.parse<string[]>(body, { delimiter: ',', header: false, skipEmptyLines: true });
  const error = result.errors[0];
  if (error) fail(`${file}:${(error.row ?? 0) + 1}: ${error.message}`);
  return result.data;
}

/**
 * Records keyed by the header, checked to have every column the caller reads (with `exact`, only
 * those, in that order) and as many cells as the header on every line.
 */
export function parseRecords<K extends string>(text: string, file: string, columns: readonly K[], exact = false): Row<K>[] {
  const [header, ...rows] = parseCsv(text, file);
  assert(header, `${file}: empty file`);
  assert(!exact || header.join(',') === columns.join(','), `${file}: header is not ${columns.join(',')}`);
  for (const column of columns) assert(header.includes(column), `${file}: column '${column}' missing`);
  return rows.map((cells, i) => {
    assert(cells.length === header.length, `${file}: line ${i + 2} has ${cells.length} fields, header has ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, cells[j] ?? ''])) as Row<K>;
  });
}

/** UTF-8 text, LF line ends, quotes only where RFC 4180 needs them; every key must be a column. */
export function toCsv(header: readonly string[], records: readonly Partial<Row>[], name: string): string {
  for (const r of records) {
    for (const key of Object.keys(r)) assert(header.includes(key), `${name}: unexpected column ${key}`);
  }
  const rows = [[...header], ...records.map((r) => header.map((h) => r[h] ?? ''))];
  const text = `${Papa.unparse(rows, { newline: '\n' })}\n`;
  assert(text === text.normalize('NFC'), `${name}: output text is not NFC-normalised`);
  return text;
}

/** The given columns of a record (a table row with more columns than the file it feeds). */
export function pick<K extends string>(record: Readonly<Record<string, string>>, columns: readonly K[]): Row<K> {
  return Object.fromEntries(columns.map((c) => [c, record[c] ?? ''])) as Row<K>;
}
