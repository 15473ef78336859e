/** Every problem found in a data file is kept as data, so the UI can name file, line and column. */
export type IssueKind =
  | 'empty-file'
  | 'binary-file'
  | 'legacy-excel-file'
  | 'ods-file'
  | 'pdf-file'
  | 'image-file'
  | 'unreadable-workbook'
  | 'unterminated-quote'
  | 'field-count'
  | 'duplicate-column'
  | 'too-many-columns'
  | 'cell-too-long'
  | 'line-too-long'
  | 'too-many-rows'
  | 'missing-column'
  | 'missing-value'
  | 'missing-source'
  | 'not-a-number'
  | 'not-an-integer'
  | 'not-a-date'
  | 'unknown-value'
  | 'unknown-unit'
  | 'unknown-index'
  | 'unknown-component'
  | 'unknown-source'
  | 'unknown-plan'
  | 'unknown-agency'
  | 'out-of-range'
  | 'rank-above-denominator'
  | 'denominator-disagrees'
  | 'unit-not-assessed'
  | 'unit-ended'
  | 'unit-not-yet-formed'
  | 'rank-above-rows'
  | 'fraction-for-percent'
  | 'duplicate-row'
  | 'score-with-gap-status'
  | 'no-figure'
  | 'year-out-of-range'
  | 'missing-file';

export interface DataIssue {
  file: string;
  /** 1-based line in the file; 0 when the problem concerns the whole file. */
  line: number;
  column?: string;
  kind: IssueKind;
  raw?: string;
  /** Extra facts for the message, e.g. the allowed range; "found/expected" for field-count and the limits. */
  detail?: string;
  /** A unit named in a year it did not exist (unit-ended, unit-not-yet-formed): when it ended or began, and the units assessed in its place. */
  unitChange?: UnitChange;
}

export interface UnitChange {
  /** ISO day the unit ceased to exist (the day after its last), or began. */
  date: string;
  year: number;
  /** The units the index assessed that year in its place, in both languages. */
  instead: { vi: string; en: string }[];
}

/** How many problems of each kind a file has, past those listed too. */
export type IssueCounts = Partial<Record<IssueKind, number>>;

export class DataFileError extends Error {
  readonly issues: readonly DataIssue[];
  readonly file: string;

  constructor(file: string, issues: readonly DataIssue[]) {
    super(`${file}: ${issues.length} problem(s), first: ${issues[0]?.kind ?? 'unknown'}`);
    this.name = 'DataFileError';
    this.file = file;
    this.issues = issues;
  }
}

/** What a thrown value says: an Error's message, or the value as text (a worker or a stream may throw anything). */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A file that could not be had at all (not bundled, not downloaded, not read), and why. */
export const missingFileIssue = (file: string, detail: string): DataIssue => ({ file, line: 0, kind: 'missing-file', detail });

/** That issue as the error of the file. */
export const missingFileError = (file: string, detail: string): DataFileError => new DataFileError(file, [missingFileIssue(file, detail)]);

/** Any error met while loading a file, as a DataFileError naming that file. */
export function asDataFileError(error: Error, file: string): DataFileError {
  return error instanceof DataFileError ? error : missingFileError(file, error.message);
}
