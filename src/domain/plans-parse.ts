import { readTable } from './catalog';
import { compareText } from './collate';
import type { FieldReader } from './fields';
import type { DataIssue, IssueKind } from './issues';
import { PLAN_FILES, PLAN_KINDS, type Agency, type Plan, type PlanCore } from './plans-types';
import { compareCodes } from './text';
import { TOTAL, type Catalog } from './types';

/** Each code of a list cell must be known; an unknown one is reported with the cell and the code. */
export function checkCodes(row: FieldReader, column: string, codes: readonly string[], known: (code: string) => boolean, kind: IssueKind): void {
  for (const code of codes) if (!known(code)) row.issue(kind, column, codes.length > 1 ? code : undefined);
}

/** The source ids of a row, each checked against sources.csv; `required` when a row must cite one. */
export function readSources(row: FieldReader, catalog: Catalog, required: boolean): string[] {
  const sources = row.list('source');
  if (required && sources.length === 0) row.issue('missing-value', 'source');
  checkCodes(row, 'source', sources, (id) => catalog.sources.has(id), 'unknown-source');
  return sources;
}

/** `total`, or a component the index has had in any period. */
export function componentKnown(catalog: Catalog, index: string, code: string): boolean {
  return code === TOTAL || catalog.components.some((c) => c.index === index && c.code === code);
}

/** Reports a key seen before in the same file. */
export function duplicateChecker() {
  const seen = new Set<string>();
  return (row: FieldReader, key: string, column: string) => {
    if (key !== '' && seen.has(key)) row.issue('duplicate-row', column, key);
    seen.add(key);
  };
}

const AGENCY_COLUMNS = ['code', 'name_vi', 'name_en'] as const;
const PLAN_COLUMNS = ['code', 'number', 'kind', 'date', 'title_vi', 'issuer', 'from_year', 'to_year', 'indices', 'unit', 'source'] as const;

function readAgencies(text: string, catalog: Catalog, issues: DataIssue[]): Agency[] {
  const duplicate = duplicateChecker();
  return readTable(PLAN_FILES.agencies, text, AGENCY_COLUMNS, issues, (row) => {
    const code = row.text('code', true);
    duplicate(row, code, 'code');
    return {
      code,
      nameVi: row.text('name_vi', true),
      nameEn: row.text('name_en', true),
      shortVi: row.text('short_vi') || row.text('name_vi'),
      shortEn: row.text('short_en') || row.text('name_en'),
      sources: readSources(row, catalog, false),
      note: row.text('note'),
    };
  });
}

function readPlans(text: string, catalog: Catalog, agencies: ReadonlyMap<string, Agency>, issues: DataIssue[]): Plan[] {
  const duplicate = duplicateChecker();
  return readTable(PLAN_FILES.plans, text, PLAN_COLUMNS, issues, (row) => {
    const code = row.text('code', true);
    duplicate(row, code, 'code');
    const issuers = row.list('issuer');
    if (issuers.length === 0) row.issue('missing-value', 'issuer');
    checkCodes(row, 'issuer', issuers, (c) => agencies.has(c), 'unknown-agency');
    const indices = row.list('indices');
    if (indices.length === 0) row.issue('missing-value', 'indices');
    checkCodes(row, 'indices', indices, (c) => catalog.indices.has(c), 'unknown-index');
    const unit = row.text('unit', true);
    if (unit && !catalog.units.has(unit)) row.issue('unknown-unit', 'unit');
    row.text('from_year', true);
    const fromYear = row.integer('from_year') ?? 0;
    const toYear = row.integer('to_year');
    if (toYear !== undefined && toYear < fromYear) row.issue('out-of-range', 'to_year', `≥ ${fromYear}`);
    row.text('date', true);
    const date = row.date('date');
    return {
      code,
      number: row.text('number'),
      kind: row.oneOf('kind', PLAN_KINDS) ?? 'plan',
      date: date ?? '',
      titleVi: row.text('title_vi', true),
      titleEn: row.text('title_en') || row.text('title_vi'),
      issuers,
      fromYear,
      toYear,
      indices,
      otherIndices: row.list('other_indices'),
      unit,
      baselineYear: row.integer('baseline_year'),
      summaryVi: row.text('summary_vi'),
      summaryEn: row.text('summary_en') || row.text('summary_vi'),
      sources: readSources(row, catalog, true),
      note: row.text('note'),
    };
  });
}

export interface PlanCoreResult {
  core?: PlanCore;
  issues: DataIssue[];
}

/**
 * Reads agencies.csv and plans.csv; any problem leaves the result undefined. The agencies come in the order people look
 * them up, their Vietnamese names' alphabetical order: sorted once as the files are read (at build time, plans-pack.ts),
 * not on the plans view's first screen, where the page's first Vietnamese collation cost ~10 ms.
 */
export function parsePlanCore(texts: { agencies: string; plans: string }, catalog: Catalog): PlanCoreResult {
  const issues: DataIssue[] = [];
  const byName = compareText('vi');
  const agencies = new Map(
    readAgencies(texts.agencies, catalog, issues)
      .sort((a, b) => byName(a.nameVi, b.nameVi))
      .map((a) => [a.code, a]),
  );
  const plans = readPlans(texts.plans, catalog, agencies, issues).sort((a, b) => compareCodes(a.date, b.date));
  return issues.length > 0 ? { issues } : { core: { agencies, plans }, issues };
}
