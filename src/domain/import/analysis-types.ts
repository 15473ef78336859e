import type { CsvRow } from '@/domain/csv-table';
import type { DataIssue, IssueCounts } from '@/domain/issues';
import type { Delimiter } from './delimiter';
import type { FigureTable } from './figure-table';
import type { DecimalMark, NumberConvention } from './locale-number';
import type { ColumnTarget } from './mapping';

/** What the user chose (or left to be guessed) for one imported file. */
export interface ImportSettings {
  fileName: string;
  index: string;
  year: number;
  source: string;
  delimiter?: Delimiter;
  decimal?: DecimalMark;
  /** Index of the header among the non-blank rows; guessed when absent. */
  headerRow?: number;
  targets?: ColumnTarget[];
  rankOf?: number;
  /** The sheet of a workbook to read, by name; the first when absent. */
  sheet?: string;
}

export interface ImportAnalysis {
  delimiter: Delimiter;
  headerRow: number;
  header: string[];
  /** A few rows under the header, for the mapping step. */
  preview: string[][];
  /** The first non-blank rows, to choose the header among them. */
  firstRows: string[][];
  shape: 'canonical' | 'wide';
  targets: ColumnTarget[];
  /** Denominator of the total's ranks where no column holds it: as chosen, or the number of units the file ranks (0 when none). */
  rankOf: number;
  /** Empty when there is any problem: nothing of such a file is applied, so nothing of it is kept. */
  figures: FigureTable;
  /** The first problems found (at most MAX_ISSUES of analyze.ts); `issueCount` says how many there are in all. */
  issues: DataIssue[];
  issueCount: number;
  /** How many problems of each kind, exact past the first MAX_ISSUES too. */
  issueCounts: IssueCounts;
  /** The decimal mark every typed number was read with, and why. */
  numbers: NumberConvention;
}

export interface ImportAnalyzer {
  /** The next piece of decoded text, and how much of the file has been read with it (0–1), when known. */
  push(text: string, fractionRead?: number): void;
  /** Rows already split into cells (a workbook's sheet), in place of text. */
  pushRows(rows: readonly CsvRow[]): void;
  finish(): ImportAnalysis;
  /** Nothing more is worth reading: a binary file, a limit met, a header that cannot be read. */
  readonly stopped: boolean;
}
