import type { CsvRecord, CsvRow } from '@/domain/csv-table';
import { figureValidator, type FigureValidator } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import { assessedIn } from '@/domain/lineage';
import { componentsOf, periodFor } from '@/domain/methodology';
import type { Catalog } from '@/domain/types';
import { csvRowStream, type CsvRowStream } from './csv-stream';
import { detectDelimiter, type Delimiter } from './delimiter';
import { figureTableBuilder, type FigureTable } from './figure-table';
import type { DecimalMark } from './locale-number';
import { findHeaderRow, isCanonicalHeader, suggestTargets, type ColumnTarget } from './mapping';
import { canonicalRecord, wideRowRecords, type RecordOptions } from './to-records';
import { unitResolver } from './unit-names';

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
  /** Denominator given to ranks when no column holds it: as chosen, or every unit of the level that year. */
  rankOf: number;
  figures: FigureTable;
  /** The first problems found (at most MAX_ISSUES); `issueCount` says how many there are in all. */
  issues: DataIssue[];
  issueCount: number;
}

/** More problems than a person reads: the rest are counted, not kept. */
export const MAX_ISSUES = 1000;
/** Rows looked at to find the header (and the delimiter). */
const HEAD_ROWS = 20;

export interface ImportAnalyzer {
  /** The next piece of decoded text. */
  push(text: string): void;
  /** Rows already split into cells (a workbook's sheet), in place of text. */
  pushRows(rows: readonly CsvRow[]): void;
  finish(): ImportAnalysis;
  /** Nothing more is worth reading (a binary file). */
  readonly stopped: boolean;
}

/** The decisions taken from the first rows: header, shape, column meanings. */
function readHead(rows: readonly CsvRow[], settings: ImportSettings, catalog: Catalog) {
  const headerRow = Math.min(settings.headerRow ?? findHeaderRow(rows), Math.max(rows.length - 1, 0));
  const header = (rows[headerRow]?.cells ?? []).map((cell) => cell.trim());
  const shape: ImportAnalysis['shape'] = isCanonicalHeader(header) ? 'canonical' : 'wide';
  const period = periodFor(catalog, settings.index, settings.year);
  const targets = settings.targets ?? suggestTargets(header, period ? componentsOf(catalog, period) : []);
  return { headerRow, header, shape, targets, headerLine: rows[headerRow]?.line ?? 1 };
}

/**
 * Everything between the text of a file and validated figures, with the guesses it made shown. Text
 * comes in pieces and each row is turned into figures as it arrives, so a file of a million rows
 * is never held whole, neither as text nor as rows.
 */
export function createImportAnalyzer(settings: ImportSettings, catalog: Catalog): ImportAnalyzer {
  const { fileName, index, year } = settings;
  const level = catalog.indices.get(index)?.unitLevel ?? 'province';
  const rankOf = settings.rankOf ?? [...catalog.units.values()].filter((u) => u.level === level && assessedIn(u, year)).length;
  const options: RecordOptions = { resolveUnit: unitResolver(catalog, year, level), decimal: settings.decimal ?? 'auto', source: settings.source, rankOf };
  const validator: FigureValidator = figureValidator(fileName, index, year, catalog);
  const figures = figureTableBuilder(index, year);
  let pendingText = '';
  let stream: CsvRowStream | undefined;
  let delimiter: Delimiter = settings.delimiter ?? ',';
  const headRows: CsvRow[] = [];
  let rowsGiven = false;
  let head: ReturnType<typeof readHead> | undefined;
  const preview: string[][] = [];
  let records = 0;
  let droppedIssues = 0;

  const addRecord = (record: CsvRecord) => {
    records++;
    const figure = validator.check(record);
    if (figure) figures.add(figure);
    if (validator.issues.length > MAX_ISSUES) {
      droppedIssues += validator.issues.length - MAX_ISSUES;
      validator.issues.length = MAX_ISSUES;
    }
  };
  const addBodyRow = (row: CsvRow) => {
    if (!head) return;
    if (preview.length < 5) preview.push(row.cells);
    if (head.shape === 'canonical') addRecord(canonicalRecord(columns, row, options));
    else for (const record of wideRowRecords(head.header, row, head.targets, options)) addRecord(record);
  };
  let columns: string[] = [];
  const decideHead = () => {
    head = readHead(headRows, settings, catalog);
    columns = head.header.map((cell) => cell.toLowerCase());
    headRows.slice(head.headerRow + 1).forEach(addBodyRow);
  };
  const onRow = (row: CsvRow) => {
    if (head) return addBodyRow(row);
    headRows.push(row);
    if (headRows.length >= Math.max(HEAD_ROWS, (settings.headerRow ?? 0) + 1)) decideHead();
  };
  // The delimiter is guessed from the first lines, so text waits until there are enough of them.
  const startStream = () => {
    delimiter = settings.delimiter ?? detectDelimiter(pendingText);
    stream = csvRowStream(fileName, delimiter, onRow);
    stream.push(pendingText);
    pendingText = '';
  };

  return {
    push(text) {
      if (stream) return stream.push(text);
      pendingText += text;
      if (pendingText.split('\n', HEAD_ROWS + 1).length > HEAD_ROWS) startStream();
    },
    pushRows(rows) {
      rowsGiven = true;
      rows.forEach(onRow);
    },
    finish() {
      if (!stream && !rowsGiven) startStream();
      stream?.end();
      if (!head) decideHead();
      const { headerRow, header, shape, targets, headerLine } = head ?? readHead([], settings, catalog);
      const base = { delimiter, headerRow, header, preview, firstRows: headRows.slice(0, 6).map((row) => row.cells), shape, targets, rankOf };
      const none = figureTableBuilder(index, year).table();
      const parseIssues = stream?.issues ?? [];
      const only = (issues: DataIssue[]) => ({ ...base, figures: none, issues: issues.slice(0, MAX_ISSUES), issueCount: issues.length });
      if (parseIssues.length > 0) return only(parseIssues);
      if (shape === 'wide' && !targets.some((t) => t.kind === 'unit')) return only([{ file: fileName, line: headerLine, kind: 'missing-column', column: 'unit' }]);
      if (records === 0) return only([{ file: fileName, line: 0, kind: 'empty-file' }]);
      return { ...base, figures: figures.table(), issues: validator.issues, issueCount: validator.issues.length + droppedIssues };
    },
    get stopped() {
      return stream?.stopped ?? false;
    },
  };
}

/** The analysis of a whole text at once. */
export function analyzeImport(text: string, settings: ImportSettings, catalog: Catalog): ImportAnalysis {
  const analyzer = createImportAnalyzer(settings, catalog);
  analyzer.push(text);
  return analyzer.finish();
}
