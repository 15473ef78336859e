import type { CsvRecord, CsvRow } from '@/domain/csv-table';
import { figureValidator, type FigureValidator } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import { componentsOf, periodFor } from '@/domain/methodology';
import { TOTAL, type Catalog } from '@/domain/types';
import { csvRowStream, type CsvRowStream } from './csv-stream';
import { detectDelimiter, type Delimiter } from './delimiter';
import { figureTableBuilder } from './figure-table';
import { fallbackDecimalFor, fileNumberConvention, type NumberConvention } from './locale-number';
import type { ImportAnalysis, ImportAnalyzer, ImportSettings } from './analysis-types';
import { findHeaderRow, isCanonicalHeader, suggestTargets } from './mapping';
import { canonicalRecordReader, wideRowRecords, type RecordOptions } from './to-records';
import { issueLog } from './issue-log';
import { IMPORT_LIMITS, rowLimitIssue } from './limits';
import { lineEndNormaliser } from './line-ends';
import { fieldCountIssue, headerIssues, headerWidth } from './row-shape';
import { unitResolver } from './unit-names';
import { notAssessedChecker } from './assessed-check';
import { denominatorTracker, fillRankOf } from './denominator';

/** More problems than a person reads: the rest are counted, not kept. */
export const MAX_ISSUES = 1000;
/** Records read before the figures of the whole file are guessed from the part read. */
const MIN_RECORDS_TO_GUESS = 100;
/** Rows looked at to find the header (and the delimiter). */
const HEAD_ROWS = 20;
/** Text kept to find the delimiter when its first lines are very long: two of the longest lines allowed. */
const HEAD_CHARS = 2 * IMPORT_LIMITS.lineChars;

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
 * is never held whole, neither as text nor as rows. Problems are counted, only the first kept; a
 * limit met or a header that cannot be read stops the reading at once.
 */
export function createImportAnalyzer(settings: ImportSettings, catalog: Catalog): ImportAnalyzer {
  const { fileName, index, year } = settings;
  const denominator = denominatorTracker(fileName, settings.rankOf);
  // The decimal mark is decided with the header (decideNumbers), before any row becomes a record.
  const options: RecordOptions = { resolveUnit: unitResolver(catalog, index, year), decimal: fallbackDecimalFor(settings.delimiter ?? ','), source: settings.source, rankOf: settings.rankOf };
  const validator: FigureValidator = figureValidator(fileName, index, year, catalog);
  const figures = figureTableBuilder(index, year);
  const log = issueLog(MAX_ISSUES);
  const lineEnds = lineEndNormaliser();
  let pendingText = '';
  let stream: CsvRowStream | undefined;
  let delimiter: Delimiter = settings.delimiter ?? ',';
  const headRows: CsvRow[] = [];
  let rowsGiven = false;
  let head: ReturnType<typeof readHead> | undefined;
  /** The reader of a canonical file's rows; a wide table has none. */
  let readCanonical: ((row: CsvRow) => CsvRecord) | undefined;
  let width = 0;
  const preview: string[][] = [];
  let bodyRows = 0;
  let records = 0;
  let reserved = false;
  // A problem that ends the reading: found here (the header, the rows limit) or by the stream (a binary file, a limit).
  let refused = false;
  const stopped = () => refused || (stream?.stopped ?? false);
  const refuse = (issue: DataIssue) => {
    log.add(issue);
    refused = true;
    stream?.stop();
  };

  // No source chosen and none on the rows: one problem for the form, not one per row.
  let sourceMissing = false;
  const isMissingSource = (issue: DataIssue) => issue.kind === 'missing-value' && issue.column === 'source' && settings.source === '';
  // The validator's own list is emptied after each record, so it never grows with the file.
  const takeValidatorIssues = (record?: CsvRecord) => {
    if (validator.issues.length === 0) return;
    for (const issue of validator.issues) {
      if (record && denominator.waitsForDenominator(issue, record)) continue;
      if (!isMissingSource(issue)) log.add(issue);
      else if (!sourceMissing) {
        sourceMissing = true;
        log.add({ file: fileName, line: 0, kind: 'missing-source' });
      }
    }
    validator.issues.length = 0;
  };
  takeValidatorIssues();
  const percentIndex = catalog.indices.get(index)?.scoreUnit === 'percent';
  let lastNotAssessedLine = -1;
  const notAssessed = notAssessedChecker(catalog, index, year);
  const addRecord = (record: CsvRecord) => {
    records++;
    const figure = validator.check(record);
    takeValidatorIssues(record);
    // Once per line: a wide row gives one record per component, all of the same unit.
    const notAssessedHere = figure && record.line !== lastNotAssessedLine && notAssessed(figure.unit, () => ({ file: fileName, line: record.line, column: record.labels?.unit, raw: record.written?.unit }));
    if (notAssessedHere) {
      lastNotAssessedLine = record.line;
      log.add(notAssessedHere);
    }
    if (figure) denominator.add(figure, record);
    // A percentage cell of Excel holds 0,8913 for 89,13%: no total of a % index is that small, so it is reported, never scaled.
    if (figure && percentIndex && figure.component === TOTAL && figure.score !== undefined && figure.score > 0 && figure.score <= 1) {
      log.add({ file: fileName, line: record.line, column: record.labels?.score ?? 'score', kind: 'fraction-for-percent', raw: record.written?.score ?? record.values.score });
    }
    if (figure && log.total === 0) figures.add(figure);
  };
  const addBodyRow = (row: CsvRow) => {
    if (!head || stopped()) return;
    if (preview.length < 5) preview.push(row.cells);
    if (++bodyRows > IMPORT_LIMITS.rows) return refuse({ file: fileName, line: row.line, kind: 'too-many-rows', detail: `${bodyRows}/${IMPORT_LIMITS.rows}` });
    const misfit = fieldCountIssue(fileName, row, width);
    if (misfit) log.add(misfit);
    else if (readCanonical) addRecord(readCanonical(row));
    else for (const record of wideRowRecords(head.header, row, head.targets, options)) addRecord(record);
  };
  let numbers: NumberConvention = { decimal: fallbackDecimalFor(delimiter), basis: 'assumed' };
  // One decimal mark for the whole file, so "1.085" never reads as 1,085 in one row and 1085 in another.
  const decideNumbers = (rows: readonly CsvRow[]) => {
    numbers = fileNumberConvention(rows, settings.decimal, rowsGiven ? 'comma' : fallbackDecimalFor(delimiter));
    options.decimal = numbers.decimal;
  };
  const decideHead = () => {
    head = readHead(headRows, settings, catalog);
    decideNumbers(headRows.slice(head.headerRow + 1));
    if (head.shape === 'canonical') readCanonical = canonicalRecordReader(head.header.map((cell) => cell.toLowerCase()), options);
    width = headerWidth(head.header);
    const problems = headerIssues(fileName, head.headerLine, head.header, head.shape, head.targets);
    problems.forEach(refuse);
    if (problems.length === 0) headRows.slice(head.headerRow + 1).forEach(addBodyRow);
  };
  const onRow = (row: CsvRow) => {
    if (head) return addBodyRow(row);
    headRows.push(row);
    if (headRows.length >= Math.max(HEAD_ROWS, (settings.headerRow ?? 0) + 1)) decideHead();
  };
  // The delimiter is guessed from the first lines, so text waits until there are enough of them.
  const startStream = () => {
    delimiter = settings.delimiter ?? detectDelimiter(pendingText);
    stream = csvRowStream(fileName, delimiter, onRow, log.add);
    stream.push(pendingText);
    pendingText = '';
  };
  const feed = (text: string) => {
    if (stream) return stream.push(text);
    pendingText += text;
    if (pendingText.length > HEAD_CHARS || pendingText.split('\n', HEAD_ROWS + 1).length > HEAD_ROWS) startStream();
  };

  return {
    push(text, fractionRead) {
      feed(lineEnds.push(text));
      // Room for the figures of the whole file, guessed from its first part: allocated once, not grown.
      if (fractionRead !== undefined && !reserved && records >= MIN_RECORDS_TO_GUESS) {
        reserved = true;
        figures.reserve(Math.ceil((records / fractionRead) * 1.05));
      }
    },
    pushRows(rows) {
      rowsGiven = true;
      for (const row of rows) {
        if (stopped()) break;
        const limit = rowLimitIssue(fileName, row.line, row.cells);
        if (limit) refuse(limit);
        else onRow(row);
      }
    },
    finish() {
      feed(lineEnds.end());
      if (!stream && !rowsGiven) startStream();
      stream?.end();
      if (!head && headRows.length > 0 && !stopped()) decideHead();
      const { headerRow, header, shape, targets } = head ?? readHead(headRows, settings, catalog);
      if (log.total === 0 && records === 0) log.add({ file: fileName, line: 0, kind: 'empty-file' });
      // A rank above a given or written denominator is already reported at its row.
      if (!stopped() && !log.counts['rank-above-denominator']) denominator.issues().forEach(log.add);
      const kept = log.total === 0 ? fillRankOf(figures.table(), denominator.rankOfFor) : figureTableBuilder(index, year).table();
      const rankOf = denominator.rankOfFor(TOTAL) ?? 0;
      const firstRows = headRows.slice(0, 6).map((row) => row.cells);
      return { delimiter, headerRow, header, preview, firstRows, shape, targets, rankOf, figures: kept, issues: log.first, issueCount: log.total, issueCounts: log.counts, numbers };
    },
    get stopped() {
      return stopped();
    },
  };
}

/** The analysis of a whole text at once. */
export function analyzeImport(text: string, settings: ImportSettings, catalog: Catalog): ImportAnalysis {
  const analyzer = createImportAnalyzer(settings, catalog);
  analyzer.push(text);
  return analyzer.finish();
}
