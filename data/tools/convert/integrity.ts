import { parseCsv } from './csv';
import { isPlainNumber } from './decimal';
import { periodFor } from './periods';
import { H_VALUES, VALUE_STATUSES, type Component, type Period, type Unit } from './schema';

export interface CatalogueRows {
  units: readonly Unit[];
  comps: readonly Component[];
  periods: readonly Period[];
  /** Every source cell of the catalogues, with where it is. */
  sourceCells: readonly { where: string; cell: string }[];
}

const YEAR_FILE = /^([a-z-]+)\/(\d{4})\.csv$/;

/**
 * Referential integrity of the catalogues and of value files (path under data/ → text): every
 * unit, component and source id known, statuses and numbers well formed, repeated rows only as
 * conflicts.
 */
export function checkIntegrity(cat: CatalogueRows, sourceIds: ReadonlySet<string>, valueFiles: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const unitCodes = new Set(cat.units.map((u) => u.code));
  const compKeys = new Set(cat.comps.map((c) => `${c.period}|${c.code}`));
  const checkSources = (where: string, cell: string) => {
    if (cell === '') return;
    for (const id of cell.split(';')) if (!sourceIds.has(id)) problems.push(`${where}: unknown source id '${id}'`);
  };
  for (const { where, cell } of cat.sourceCells) checkSources(where, cell);
  for (const u of cat.units) {
    for (const ref of [u.parent, u.successor]) if (ref && !unitCodes.has(ref)) problems.push(`units ${u.code}: unknown unit ${ref}`);
  }
  for (const c of cat.comps) {
    if (c.parent && !compKeys.has(`${c.period}|${c.parent}`)) problems.push(`components ${c.period} ${c.code}: unknown parent`);
  }
  for (const [file, text] of [...valueFiles].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [, index = '', year = ''] = YEAR_FILE.exec(file) ?? [];
    const period = periodFor(cat.periods, index, year).period;
    const [header = [], ...rows] = parseCsv(text, file);
    if (header.join(',') !== H_VALUES.join(',')) problems.push(`${file}: bad header`);
    const seen = new Map<string, string[]>();
    for (const cells of rows) {
      const r = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as Record<(typeof H_VALUES)[number], string>;
      const where = `${file} ${r.unit} ${r.component}`;
      if (!unitCodes.has(r.unit)) problems.push(`${where}: unknown unit`);
      if (r.component !== 'total' && !compKeys.has(`${period}|${r.component}`)) problems.push(`${where}: component not in ${period}`);
      if (!(VALUE_STATUSES as readonly string[]).includes(r.status)) problems.push(`${where}: bad status`);
      if (r.status !== 'published' && r.status !== 'conflict' && r.score !== '') problems.push(`${where}: score with status ${r.status}`);
      if (r.score !== '' && !isPlainNumber(r.score)) problems.push(`${where}: score '${r.score}' is not a number`);
      for (const k of ['rank', 'rank_of'] as const) if (r[k] !== '' && !/^\d+$/.test(r[k])) problems.push(`${where}: ${k} not an integer`);
      checkSources(where, r.source);
      if (r.source === '') problems.push(`${where}: no source`);
      const key = `${r.unit}|${r.component}`;
      seen.set(key, [...(seen.get(key) ?? []), r.status]);
    }
    for (const [key, statuses] of seen) {
      if (statuses.length > 1 && statuses.some((s) => s !== 'conflict')) problems.push(`${file} ${key}: duplicate rows not all 'conflict'`);
    }
  }
  return problems;
}

export function isValueFile(relPath: string, indices: ReadonlySet<string>): boolean {
  const m = YEAR_FILE.exec(relPath);
  return !!m && indices.has(m[1] ?? '');
}
