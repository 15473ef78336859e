import type { DataIssue } from './issues';
import type { CsvRecord } from './csv-table';

/** Reads typed values out of one CSV record, recording a DataIssue for each bad cell. */
export interface FieldReader {
  text(column: string, required?: boolean): string;
  optionalText(column: string): string | undefined;
  number(column: string): number | undefined;
  integer(column: string): number | undefined;
  date(column: string): string | undefined;
  oneOf<T extends string>(column: string, allowed: readonly T[]): T | undefined;
  list(column: string): string[];
  issue(kind: DataIssue['kind'], column?: string, detail?: string): void;
}

const NUMBER = /^[+-]?\d+(\.\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function fieldReader(file: string, record: CsvRecord, issues: DataIssue[]): FieldReader {
  const raw = (column: string) => record.values[column] ?? '';
  const issue = (kind: DataIssue['kind'], column?: string, detail?: string) => {
    const value = column === undefined ? undefined : (record.written?.[column] ?? raw(column));
    const label = column && (record.labels?.[column] ?? column);
    issues.push({ file, line: record.line, kind, ...(label && { column: label }), ...(value && { raw: value }), ...(detail && { detail }) });
  };
  const text = (column: string, required = false) => {
    const value = raw(column);
    if (required && value === '') issue('missing-value', column);
    return value;
  };
  const parsed = (column: string, pattern: RegExp, kind: DataIssue['kind']) => {
    const value = raw(column);
    if (value === '') return undefined;
    if (!pattern.test(value)) {
      issue(kind, column);
      return undefined;
    }
    return Number(value);
  };
  return {
    text,
    optionalText: (column) => raw(column) || undefined,
    number: (column) => parsed(column, NUMBER, 'not-a-number'),
    integer: (column) => parsed(column, INTEGER, 'not-an-integer'),
    date: (column) => {
      const value = raw(column);
      if (value === '') return undefined;
      if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
        issue('not-a-date', column);
        return undefined;
      }
      return value;
    },
    oneOf: <T extends string>(column: string, allowed: readonly T[]) => {
      const value = raw(column);
      if ((allowed as readonly string[]).includes(value)) return value as T;
      issue(value === '' ? 'missing-value' : 'unknown-value', column, allowed.join(', '));
      return undefined;
    },
    list: (column) =>
      raw(column)
        .split(';')
        .map((item) => item.trim())
        .filter((item) => item !== ''),
    issue,
  };
}
