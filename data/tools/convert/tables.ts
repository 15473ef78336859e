import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseRecords, type Row } from './csv';
import { H_AGENCIES, H_GROUPS, H_INDICES, H_PERIODS, H_SOURCES, H_STATEMENTS, H_TARGETS } from './schema';

// The converter's own tables (tables/*.csv): what the reference files do not say in a form the
// converter can read, written down once (labels, translations, short names, the source list).
const TABLES_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'tables');

const NAMES = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en'] as const;
const PLAN_KEY = ['date', 'number', 'instrument_type'] as const;

/** Column lists of every table; a table must have exactly these columns, in this order. */
export const TABLE_COLUMNS = {
  sources: [...H_SOURCES, 'url_in_reference'],
  regions: NAMES,
  'province-short-names': ['code', 'short_vi', 'short_en'],
  groups: H_GROUPS,
  indices: H_INDICES,
  periods: H_PERIODS,
  statements: H_STATEMENTS,
  'par-fields': ['code', 'name_en', 'short_vi', 'short_en', 'max_points'],
  'sipas-elements': ['code', 'short_vi', 'short_en'],
  'sipas-2024-components': ['code', 'breakdown', 'name_vi', 'name_en', 'short_vi', 'short_en'],
  'papi-dimensions': NAMES,
  'papi-subdimensions': ['period', 'dimension', 'codes'],
  'papi-sub-labels': ['code', 'from_period', 'to_period', 'name_en', 'name_vi', 'short_en', 'short_vi', 'new_meaning'],
  'papi-extra-notes': ['year', 'unit', 'sources', 'note'],
  'papi-did-not-take-part': ['year', 'unit'],
  'not-converted-measures': ['measure'],
  'plan-agencies': H_AGENCIES,
  plans: [...PLAN_KEY, 'code', 'kind', 'title_vi', 'title_en', 'issuer', 'from_year', 'to_year', 'indices', 'other_indices', 'unit', 'baseline_year', 'summary_vi', 'summary_en', 'note'],
  'plans-not-converted': [...PLAN_KEY, 'why'],
  'plan-targets': [...H_TARGETS, 'quoted'],
} as const;

type TableName = keyof typeof TABLE_COLUMNS;
export type TableRow<N extends TableName> = Row<(typeof TABLE_COLUMNS)[N][number]>;
export type Tables = { [N in TableName]: TableRow<N>[] };

/** One table from its CSV text: the header must be exactly the declared columns. */
export function parseTable<N extends TableName>(name: N, text: string): TableRow<N>[] {
  return parseRecords(text, `tables/${name}.csv`, TABLE_COLUMNS[name], true);
}

export function loadTables(dir = TABLES_DIR): Tables {
  const entries = Object.keys(TABLE_COLUMNS).map((name) => [name, parseTable(name as TableName, fs.readFileSync(path.join(dir, `${name}.csv`), 'utf8'))]);
  return Object.fromEntries(entries) as Tables;
}
