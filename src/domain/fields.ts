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

/**
 * One record's reader. Its methods live on the class, not in closures made per record: an import validates a million
 * records, and ten closures each were a measurable part of its time and garbage (CPU profile of a 100k-row import).
 */
class RecordFields implements FieldReader {
  constructor(
    private readonly file: string,
    public record: CsvRecord,
    private readonly issues: DataIssue[],
  ) {}

  private raw(column: string): string {
    return this.record.values[column] ?? '';
  }

  private parsed(column: string, pattern: RegExp, kind: DataIssue['kind']): number | undefined {
    const value = this.raw(column);
    if (value === '') return undefined;
    if (!pattern.test(value)) {
      this.issue(kind, column);
      return undefined;
    }
    return Number(value);
  }

  issue(kind: DataIssue['kind'], column?: string, detail?: string): void {
    const { record } = this;
    const value = column === undefined ? undefined : (record.written?.[column] ?? this.raw(column));
    const label = column && (record.labels?.[column] ?? column);
    this.issues.push({ file: this.file, line: record.line, kind, ...(label && { column: label }), ...(value && { raw: value }), ...(detail && { detail }) });
  }

  text(column: string, required = false): string {
    const value = this.raw(column);
    if (required && value === '') this.issue('missing-value', column);
    return value;
  }

  optionalText(column: string): string | undefined {
    return this.raw(column) || undefined;
  }

  number(column: string): number | undefined {
    return this.parsed(column, NUMBER, 'not-a-number');
  }

  integer(column: string): number | undefined {
    return this.parsed(column, INTEGER, 'not-an-integer');
  }

  date(column: string): string | undefined {
    const value = this.raw(column);
    if (value === '') return undefined;
    if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
      this.issue('not-a-date', column);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T | undefined {
    const value = this.raw(column);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.issue(value === '' ? 'missing-value' : 'unknown-value', column, allowed.join(', '));
    return undefined;
  }

  list(column: string): string[] {
    const value = this.raw(column);
    // One item, as nearly every row names one source: no split into arrays made to be thrown away.
    if (!value.includes(';')) return value.trim() === '' ? [] : [value.trim()];
    return value
      .split(';')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
}

export function fieldReader(file: string, record: CsvRecord, issues: DataIssue[]): FieldReader {
  return new RecordFields(file, record, issues);
}

/** One reader moved from record to record: a validator of a million records makes one, not a million. */
export function recordReader(file: string, issues: DataIssue[]): (record: CsvRecord) => FieldReader {
  const reader = new RecordFields(file, { line: 0, values: {} }, issues);
  return (record) => {
    reader.record = record;
    return reader;
  };
}
