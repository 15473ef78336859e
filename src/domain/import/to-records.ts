import type { CsvRecord, CsvRow } from '@/domain/csv-table';
import { TOTAL } from '@/domain/types';
import { canonicalNumber, type DecimalSeparator } from './locale-number';
import type { ColumnTarget } from './mapping';

export interface RecordOptions {
  resolveUnit: (name: string) => string | undefined;
  decimal: DecimalSeparator;
  /** Source id given to rows that name none. */
  source: string;
  /** Denominator for ranks when no column gives it. */
  rankOf?: number;
}

const cell = (row: CsvRow, i: number) => (row.cells[i] ?? '').trim();

/** A number as the canonical files write it: a workbook's stored number as it is, typed text read with the decimal mark. */
function numberCell(row: CsvRow, i: number, decimal: DecimalSeparator): string {
  const stored = row.numbers?.[i];
  return stored === undefined ? canonicalNumber(cell(row, i), decimal) : String(stored);
}

/** Column i as a canonical number under `key`; a cell the reading rewrote ("1.234,5") keeps its text as written, for the report. */
function putNumber(record: CsvRecord, key: string, row: CsvRow, i: number, decimal: DecimalSeparator) {
  const text = cell(row, i);
  const value = numberCell(row, i, decimal);
  record.values[key] = value;
  if (value !== text) (record.written ??= {})[key] = text;
}

const emptyValues = (options: RecordOptions): Record<string, string> => ({ unit: '', component: TOTAL, score: '', rank: '', rank_of: '', status: 'published', source: options.source, derivation: '', note: '' });

function baseValues(unitCell: string, options: RecordOptions): Record<string, string> {
  return { ...emptyValues(options), unit: options.resolveUnit(unitCell) ?? unitCell };
}

/** The unit as the file names it, kept for the report when it was read as a code. */
const writtenUnit = (unitCell: string, record: CsvRecord): CsvRecord => (record.values.unit === unitCell ? record : { ...record, written: { ...record.written, unit: unitCell } });

/** One row of a wide table → canonical records: one per filled cell, keeping the line and column names. */
export function wideRowRecords(header: readonly string[], row: CsvRow, targets: readonly ColumnTarget[], options: RecordOptions): CsvRecord[] {
  const unitColumn = targets.findIndex((t) => t.kind === 'unit');
  if (unitColumn < 0) return [];
  const columnOf = (kind: ColumnTarget['kind']) => targets.findIndex((t) => t.kind === kind);
  const [total, rank, rankOf] = [columnOf('total'), columnOf('rank'), columnOf('rank_of')];
  const label = (i: number) => header[i] ?? `#${i + 1}`;
  const unitCell = cell(row, unitColumn);
  if (unitCell === '') return [];
  const records: CsvRecord[] = [];
  const totalScore = total >= 0 ? cell(row, total) : '';
  const rankCell = rank >= 0 ? cell(row, rank) : '';
  if (totalScore !== '' || rankCell !== '') {
    const record = writtenUnit(unitCell, { line: row.line, values: baseValues(unitCell, options), labels: { unit: label(unitColumn), score: label(total), rank: label(rank), rank_of: label(rankOf) } });
    if (total >= 0) putNumber(record, 'score', row, total, options.decimal);
    if (rank >= 0) putNumber(record, 'rank', row, rank, options.decimal);
    if (rankCell !== '' && rankOf >= 0) putNumber(record, 'rank_of', row, rankOf, options.decimal);
    else if (rankCell !== '') record.values.rank_of = String(options.rankOf ?? '');
    records.push(record);
  }
  targets.forEach((target, i) => {
    if (target.kind !== 'component' || cell(row, i) === '') return;
    const record = writtenUnit(unitCell, { line: row.line, values: { ...baseValues(unitCell, options), component: target.code }, labels: { unit: label(unitColumn), score: label(i), component: label(i) } });
    putNumber(record, 'score', row, i, options.decimal);
    records.push(record);
  });
  return records;
}

/** The columns of a canonical file the validator reads: any other column is not read. */
const TEXT_COLUMNS = ['unit', 'component', 'status', 'source', 'derivation', 'note'] as const;
const NUMBER_COLUMNS = ['score', 'rank', 'rank_of'] as const;

/**
 * The reader of the rows of a file in the canonical long format (its header's names lower-cased),
 * tolerating names for codes and local number formats. The columns are found once, and every
 * record has the same shape, whatever the order of the file's columns.
 */
export function canonicalRecordReader(columns: readonly string[], options: RecordOptions): (row: CsvRow) => CsvRecord {
  const at = Object.fromEntries([...TEXT_COLUMNS, ...NUMBER_COLUMNS].map((name) => [name, columns.indexOf(name)])) as Record<(typeof TEXT_COLUMNS)[number] | (typeof NUMBER_COLUMNS)[number], number>;
  const text = (row: CsvRow, i: number, otherwise: string) => (i < 0 ? otherwise : cell(row, i));
  return (row) => {
    const unitCell = text(row, at.unit, '');
    const values = {
      unit: options.resolveUnit(unitCell) ?? unitCell,
      component: text(row, at.component, TOTAL),
      score: '',
      rank: '',
      rank_of: '',
      status: text(row, at.status, '') || 'published',
      source: text(row, at.source, '') || options.source,
      derivation: text(row, at.derivation, ''),
      note: text(row, at.note, ''),
    };
    const record: CsvRecord = { line: row.line, values };
    if (values.unit !== unitCell) record.written = { unit: unitCell };
    for (const column of NUMBER_COLUMNS) if (at[column] >= 0) putNumber(record, column, row, at[column], options.decimal);
    return record;
  };
}
