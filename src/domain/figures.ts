import { parseCsvTable, type CsvRecord } from './csv-table';
import { recordReader } from './fields';
import type { DataIssue } from './issues';
import { componentsOf, periodFor } from './methodology';
import { FIGURE_STATUSES, TOTAL, type Catalog, type Figure, type FigureStatus } from './types';

export const FIGURE_COLUMNS = ['unit', 'component', 'score', 'rank', 'rank_of', 'status', 'source'] as const;

export interface FigureFileResult {
  figures: Figure[];
  issues: DataIssue[];
}

const formatRange = (min: number, max: number) => `${min}–${max}`;

function checkIndexYear(file: string, index: string, year: number, catalog: Catalog): DataIssue | undefined {
  const indexDef = catalog.indices.get(index);
  if (!indexDef) return { file, line: 0, kind: 'unknown-index', raw: index };
  const period = periodFor(catalog, index, year);
  return !period || year < indexDef.firstYear ? { file, line: 0, kind: 'year-out-of-range', raw: String(year) } : undefined;
}

/** Parses and validates one `data/<index>/<year>.csv` file against the catalogue. */
export function parseFigureFile(file: string, index: string, year: number, text: string, catalog: Catalog): FigureFileResult {
  const wrongYear = checkIndexYear(file, index, year, catalog);
  if (wrongYear) return { figures: [], issues: [wrongYear] };
  const { table, issues } = parseCsvTable(file, text, FIGURE_COLUMNS);
  if (!table) return { figures: [], issues };
  const result = validateFigureRecords(file, index, year, table.records, catalog);
  return { figures: result.figures, issues: [...issues, ...result.issues] };
}

/** Validates canonical records (from a bundled file or a converted import) into figures. */
export function validateFigureRecords(file: string, index: string, year: number, records: readonly CsvRecord[], catalog: Catalog): FigureFileResult {
  const validator = figureValidator(file, index, year, catalog);
  const figures: Figure[] = [];
  for (const record of records) {
    const figure = validator.check(record);
    if (figure) figures.push(figure);
  }
  return { figures, issues: validator.issues };
}

export interface FigureValidator {
  /** The figure of one record, or undefined when it has no valid status; its problems go to `issues`. */
  check(record: CsvRecord): Figure | undefined;
  issues: DataIssue[];
}

/** A pair seen with a status: 1 when the status is not valid, else 2 + its place in FIGURE_STATUSES. */
const seenCode = (status: FigureStatus | undefined) => (status === undefined ? 1 : 2 + FIGURE_STATUSES.indexOf(status));
const CONFLICT = seenCode('conflict');

/** Validates records one at a time, so a very large import never holds them all. */
export function figureValidator(file: string, index: string, year: number, catalog: Catalog): FigureValidator {
  const wrongYear = checkIndexYear(file, index, year, catalog);
  const period = periodFor(catalog, index, year);
  if (wrongYear || !period) return { check: () => undefined, issues: wrongYear ? [wrongYear] : [] };
  const issues: DataIssue[] = [];
  const components = new Map(componentsOf(catalog, period).map((c) => [c.code, c]));
  const readerOf = recordReader(file, issues);
  // What was seen of each (unit, component), by unit then by the component's place in the period:
  // 0 not yet, else seenCode(status). No key text or map per pair for every row (a million-row import).
  const place = new Map([TOTAL, ...components.keys()].map((code, i) => [code, i]));
  const seen = new Map<string, Uint8Array>();

  const check = (record: CsvRecord): Figure | undefined => {
    const row = readerOf(record);
    const unit = row.text('unit', true);
    const component = row.text('component', true);
    if (unit && !catalog.units.has(unit)) row.issue('unknown-unit', 'unit');
    const componentDef = components.get(component);
    if (component && component !== TOTAL && !componentDef) row.issue('unknown-component', 'component', period.period);

    const score = row.number('score');
    const [min, max] = component === TOTAL ? [period.totalMin, period.totalMax] : [0, componentDef?.maxPoints ?? period.totalMax];
    if (score !== undefined && (score < min || score > max)) row.issue('out-of-range', 'score', formatRange(min, max));

    const rank = row.integer('rank');
    const rankOf = row.integer('rank_of');
    if (rank !== undefined && rank < 1) row.issue('out-of-range', 'rank', '≥ 1');
    if (rankOf !== undefined && rankOf < 1) row.issue('out-of-range', 'rank_of', '≥ 1');
    if (rank !== undefined && rankOf === undefined) row.issue('missing-value', 'rank_of');
    if (rank !== undefined && rankOf !== undefined && rank > rankOf) row.issue('rank-above-denominator', 'rank', `${rank}/${rankOf}`);

    const status = row.oneOf('status', FIGURE_STATUSES);
    const hasFigure = row.text('score') !== '' || row.text('rank') !== '';
    if ((status === 'published' || status === 'conflict') && !hasFigure) row.issue('no-figure', 'score');
    if ((status === 'not_published' || status === 'did_not_take_part') && hasFigure) row.issue('score-with-gap-status', 'status');

    const sources = row.list('source');
    if (sources.length === 0) row.issue('missing-value', 'source');
    for (const id of sources) if (!catalog.sources.has(id)) row.issue('unknown-source', 'source', id);

    // Only pairs of the catalogue are remembered, so what is kept per row is bounded by the catalogue,
    // not by the file: a row of an unknown unit or component is already a problem.
    const at = place.get(component);
    if (catalog.units.has(unit) && at !== undefined) {
      let ofUnit = seen.get(unit);
      if (!ofUnit) seen.set(unit, (ofUnit = new Uint8Array(place.size)));
      const [before, now] = [ofUnit[at] ?? 0, seenCode(status)];
      if (before !== 0 && !(now === CONFLICT && before === CONFLICT)) row.issue('duplicate-row', 'unit', `${unit} · ${component}`);
      ofUnit[at] = now;
    }

    if (!status) return undefined;
    return { index, year, unit, component, score, rank, rankOf, status, sources, derivation: row.text('derivation'), note: row.text('note'), line: record.line };
  };
  return { check, issues };
}
