import type { CatalogFile } from './catalog-files';
import { parseCsvTable } from './csv-table';
import { fieldReader, type FieldReader } from './fields';
import type { DataIssue } from './issues';
import { readAggregate } from './aggregates';
import { UNIT_LEVELS, type Assessment, type Catalog, type Component, type IndexDef, type LineageLink, type PeerGroup, type PeerMembership, type Period, type Source, type Statement, type Unit } from './types';

const REGION_STATUSES = ['published', 'inferred', 'unknown'] as const;

/** Reads every record of a CSV table; problems are pushed to `issues`. */
export function readTable<T>(file: string, text: string, columns: readonly string[], issues: DataIssue[], read: (row: FieldReader, line: number) => T): T[] {
  const { table, issues: tableIssues } = parseCsvTable(file, text, columns);
  issues.push(...tableIssues);
  return (table?.records ?? []).map((record) => read(fieldReader(file, record, issues), record.line));
}

/** Names in both languages; a short name defaults to the full one. */
const readNames = (row: FieldReader) => ({
  nameVi: row.text('name_vi', true),
  nameEn: row.text('name_en', true),
  shortVi: row.text('short_vi') || row.text('name_vi'),
  shortEn: row.text('short_en') || row.text('name_en'),
});

/** "central-cities" (the unit's whole life) or "central-cities@2025" (from the results of 2025 on). */
const readPeerGroups = (row: FieldReader): PeerMembership[] =>
  row.list('peer_groups').flatMap((token) => {
    const match = /^([A-Za-z0-9-]+)(?:@(\d{4}))?$/.exec(token);
    if (!match?.[1]) {
      row.issue('unknown-value', 'peer_groups', 'a group code, optionally with @ and the first year: central-cities@2025');
      return [];
    }
    return [{ group: match[1], ...(match[2] ? { fromYear: Number(match[2]) } : {}) }];
  });

const readUnit = (row: FieldReader): Unit => ({
  code: row.text('code', true),
  ...readNames(row),
  level: row.oneOf('level', UNIT_LEVELS) ?? 'province',
  parent: row.optionalText('parent'),
  region: row.optionalText('region'),
  regionStatus: row.optionalText('region_status') ? row.oneOf('region_status', REGION_STATUSES) : undefined,
  peerGroups: readPeerGroups(row),
  validFrom: row.date('valid_from'),
  validTo: row.date('valid_to'),
  successor: row.optionalText('successor'),
  gsoCode: row.optionalText('gso_code'),
  sources: row.list('source'),
  note: row.text('note'),
});

const readGroup = (row: FieldReader): PeerGroup => ({
  code: row.text('code', true),
  ...readNames(row),
  sources: row.list('source'),
  note: row.text('note'),
});

const readIndex = (row: FieldReader): IndexDef => ({
  code: row.text('code', true),
  nameVi: row.text('name_vi', true),
  nameEn: row.text('name_en', true),
  shortVi: row.text('short_vi', true),
  shortEn: row.text('short_en', true),
  publisherVi: row.text('publisher_vi'),
  publisherEn: row.text('publisher_en'),
  unitLevel: row.oneOf('unit_level', UNIT_LEVELS) ?? 'province',
  scoreUnit: row.oneOf('score_unit', ['percent', 'points'] as const) ?? 'points',
  rankKind: row.oneOf('rank_kind', ['official', 'computed'] as const) ?? 'computed',
  firstYear: row.integer('first_year') ?? 0,
  sources: row.list('source'),
  note: row.text('note'),
});

const readPeriod = (row: FieldReader): Period => ({
  index: row.text('index', true),
  period: row.text('period', true),
  fromYear: row.integer('from_year') ?? 0,
  toYear: row.integer('to_year'),
  decision: row.text('decision'),
  totalMin: row.number('total_min') ?? 0,
  totalMax: row.number('total_max') ?? 100,
  breakBefore: row.oneOf('break_before', ['none', 'subcomponents', 'total'] as const) ?? 'total',
  noteVi: row.text('note_vi'),
  noteEn: row.text('note_en'),
  sources: row.list('source'),
});

const readComponent = (row: FieldReader): Component => ({
  index: row.text('index', true),
  period: row.text('period', true),
  code: row.text('code', true),
  parent: row.optionalText('parent'),
  order: row.integer('order') ?? 0,
  ...readNames(row),
  maxPoints: row.number('max_points'),
  sources: row.list('source'),
  note: row.text('note'),
});

const readSource = (row: FieldReader): Source => ({
  id: row.text('id', true),
  title: row.text('title', true),
  publisher: row.text('publisher'),
  date: row.date('date'),
  url: row.optionalText('url'),
  note: row.text('note'),
});

const readStatement = (row: FieldReader): Statement => ({
  index: row.text('index', true),
  year: row.integer('year') ?? 0,
  unit: row.text('unit', true),
  component: row.text('component', true),
  topic: row.oneOf('topic', ['components-up-down'] as const) ?? 'components-up-down',
  componentsUp: row.integer('components_up'),
  componentsDown: row.integer('components_down'),
  textVi: row.text('text_vi', true),
  textEn: row.text('text_en', true),
  sources: row.list('source'),
  note: row.text('note'),
});

const readAssessment = (row: FieldReader): Assessment => ({
  index: row.text('index', true),
  fromYear: row.integer('from_year') ?? 0,
  toYear: row.integer('to_year'),
  level: row.oneOf('level', UNIT_LEVELS) ?? 'province',
  unitsValidOn: row.text('units_valid_on', true),
  sources: row.list('source'),
  note: row.text('note'),
});

const readLineage = (row: FieldReader): LineageLink => ({
  unit: row.text('unit', true),
  predecessor: row.optionalText('predecessor'),
  predecessorName: row.text('predecessor_name', true),
  predecessorGsoCode: row.optionalText('predecessor_gso_code'),
  part: row.oneOf('part', ['whole', 'part'] as const) ?? 'whole',
  sources: row.list('source'),
  note: row.text('note'),
});

const byKey = <T>(items: T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));

export interface CatalogResult {
  catalog?: Catalog;
  issues: DataIssue[];
}

/** Builds the catalogue from the texts of its files; any problem leaves it undefined. */
export function parseCatalog(texts: Record<CatalogFile, string>): CatalogResult {
  const issues: DataIssue[] = [];
  const units = readTable('units.csv', texts['units.csv'], ['code', 'name_vi', 'name_en', 'level'], issues, readUnit);
  const groups = readTable('groups.csv', texts['groups.csv'], ['code', 'name_vi', 'name_en'], issues, readGroup);
  const indices = readTable('indices.csv', texts['indices.csv'], ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'unit_level', 'score_unit', 'rank_kind', 'first_year'], issues, readIndex);
  const periods = readTable('periods.csv', texts['periods.csv'], ['index', 'period', 'from_year', 'to_year', 'total_min', 'total_max', 'break_before'], issues, readPeriod);
  const components = readTable('components.csv', texts['components.csv'], ['index', 'period', 'code', 'parent', 'name_vi', 'name_en', 'max_points'], issues, readComponent);
  const sources = readTable('sources.csv', texts['sources.csv'], ['id', 'title', 'url'], issues, readSource);
  const statements = readTable('statements.csv', texts['statements.csv'], ['index', 'year', 'unit', 'component', 'topic', 'text_vi', 'text_en', 'source'], issues, readStatement);
  const assessments = readTable('assessments.csv', texts['assessments.csv'], ['index', 'from_year', 'to_year', 'level', 'units_valid_on', 'source'], issues, readAssessment);
  const lineage = readTable('lineage.csv', texts['lineage.csv'], ['unit', 'predecessor', 'predecessor_name', 'predecessor_gso_code', 'part', 'source'], issues, readLineage);
  const aggregates = readTable('aggregates.csv', texts['aggregates.csv'], ['index', 'year', 'unit', 'level', 'measure', 'value', 'unit_of_value', 'source'], issues, readAggregate);
  if (issues.length > 0) return { issues };
  return {
    catalog: {
      units: byKey(units, (unit) => unit.code),
      groups: byKey(groups, (group) => group.code),
      indices: byKey(indices, (index) => index.code),
      periods,
      components,
      sources: byKey(sources, (source) => source.id),
      statements,
      assessments,
      lineage,
      aggregates,
    },
    issues,
  };
}
