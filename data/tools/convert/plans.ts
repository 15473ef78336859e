import { pick, type Row } from './csv';
import { fail } from './errors';
import { withKeptRows, type ExistingFile } from './kept-rows';
import type { Output } from './output';
import type { Reference } from './reference';
import { H_AGENCIES, H_PLANS, H_TARGETS, H_TASKS } from './schema';
import type { SourceRegistry } from './sources';
import { urlsOf } from './sources';
import type { Tables } from './tables';

// Improvement plans: reference-data/plans.csv and tables/plans.csv into data/plans/. Targets that
// no source gives are never written. Rows staff added to the three files are kept after the
// converter's own rows; data/plans/tasks.csv belongs to staff (only created when missing).

const SUMMARISED = ' (title as summarised by the source)';
export const TASKS_FILE = 'plans/tasks.csv';

export interface PlansResult {
  citedUrls: Set<string>;
  problems: string[];
  notConverted: string[];
}

const targetKey = (t: Row) => [t.plan, t.index, t.component, t.unit, t.kind, t.group, t.target_year].join('|');

export function convertPlans(ref: Reference, tables: Tables, sources: SourceRegistry, existing: ExistingFile, out: Output, codes: { units: ReadonlySet<string>; indices: ReadonlySet<string> }): PlansResult {
  const citedUrls = new Set<string>();
  const keyOf = (r: { date: string; number: string; instrument_type: string }) => `${r.date}|${r.number}|${r.instrument_type}`;
  const notConverted = new Map(tables['plans-not-converted'].map((r) => [keyOf(r), r.why]));
  const literals = new Map(tables.plans.map((r) => [keyOf(r), r]));
  const plans: Row<(typeof H_PLANS)[number]>[] = [];
  ref.readCsv('plans.csv', ['date', 'number', 'instrument_type', 'title_vi', 'content_found', 'targets_found', 'source_url']).forEach((r, i) => {
    const key = keyOf(r);
    if (notConverted.has(key)) return;
    const literal = literals.get(key) ?? fail(`plans.csv:${i + 2}: no row for ${key} (add it to tables/plans.csv or tables/plans-not-converted.csv)`);
    for (const url of urlsOf(r.source_url)) citedUrls.add(url);
    const title = r.title_vi.endsWith(SUMMARISED) ? r.title_vi.slice(0, -SUMMARISED.length) : r.title_vi;
    plans.push({ ...pick(literal, H_PLANS), number: r.number, date: r.date, title_vi: title || literal.title_vi, summary_en: literal.summary_en || r.content_found, source: sources.idsOf(r.source_url, `plans.csv:${i + 2}`).join(';') });
    const target = tables['plan-targets'].find((t) => t.plan === literal.code);
    if (target && !r.targets_found.includes(target.quoted)) fail(`plans.csv:${i + 2}: the target of ${literal.code} is no longer quoted in targets_found`);
  });
  plans.sort((a, b) => (a.date < b.date ? -1 : 1));
  const targets = tables['plan-targets'].map((t) => pick(t, H_TARGETS));

  const write = (name: string, header: readonly string[], rows: readonly Row[], key: (r: Row) => string) =>
    out.csv(`plans/${name}`, header, withKeptRows(existing(`plans/${name}`), `data/plans/${name}`, header, rows, key));
  write('agencies.csv', H_AGENCIES, tables['plan-agencies'], (a) => a.code ?? '');
  write('plans.csv', H_PLANS, plans, (p) => p.code ?? '');
  write('targets.csv', H_TARGETS, targets, targetKey);

  const problems = planProblems(tables, sources, plans, targets, codes);
  const tasks = existing(TASKS_FILE);
  if (tasks !== undefined && tasks.replace(/^\uFEFF/, '').split(/\r?\n/)[0] !== H_TASKS.join(',')) problems.push(`plans/tasks.csv: header is not ${H_TASKS.join(',')}`);
  return { citedUrls, problems, notConverted: [...notConverted].map(([key, why]) => `${key} (${why})`) };
}

function planProblems(tables: Tables, sources: SourceRegistry, plans: readonly Row[], targets: readonly Row[], codes: { units: ReadonlySet<string>; indices: ReadonlySet<string> }): string[] {
  const problems: string[] = [];
  const agencyCodes = new Set(tables['plan-agencies'].map((a) => a.code));
  const planCodes = new Set(plans.map((p) => p.code));
  const checkSources = (where: string, cell: string) => {
    for (const id of cell.split(';')) if (!sources.ids.has(id)) problems.push(`${where}: unknown source id '${id}'`);
  };
  for (const a of tables['plan-agencies']) checkSources(`plans/agencies ${a.code}`, a.source);
  for (const p of plans) {
    checkSources(`plans/plans ${p.code}`, p.source ?? '');
    for (const code of (p.issuer ?? '').split(';')) if (!agencyCodes.has(code)) problems.push(`plans/plans ${p.code}: unknown issuer ${code}`);
    for (const code of (p.indices ?? '').split(';')) if (!codes.indices.has(code)) problems.push(`plans/plans ${p.code}: unknown index ${code}`);
    if (!codes.units.has(p.unit ?? '')) problems.push(`plans/plans ${p.code}: unknown unit ${p.unit}`);
  }
  for (const t of targets) {
    checkSources(`plans/targets ${t.plan}`, t.source ?? '');
    if (!planCodes.has(t.plan)) problems.push(`plans/targets: unknown plan ${t.plan}`);
    if (!codes.indices.has(t.index ?? '')) problems.push(`plans/targets ${t.plan}: unknown index ${t.index}`);
    if (!codes.units.has(t.unit ?? '')) problems.push(`plans/targets ${t.plan}: unknown unit ${t.unit}`);
  }
  return problems;
}
