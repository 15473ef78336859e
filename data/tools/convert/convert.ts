import { check2025 } from './check-2025';
import { buildComponents } from './components';
import { buildContext } from './context';
import { convertCtPar } from './ct-par';
import { checkIntegrity, isValueFile } from './integrity';
import { assessments2025, lineage2025 } from './lineage-2025';
import { applyDecember2026, CT_SAT_ASSESSMENT, december2026Sources } from './december-2026';
import { convertLong } from './long';
import { existingIn, staffValueFiles, withKeptRows } from './kept-rows';
import { Output } from './output';
import { convertPapi } from './papi';
import { checkPapiExpected, parseExpectedPapi } from './papi-expected';
import { convertPlans, TASKS_FILE } from './plans';
import { openReference } from './reference';
import { H_COMPONENTS, H_ASSESSMENTS, H_GROUPS, H_INDICES, H_LINEAGE, H_PERIODS, H_SOURCES, H_STATEMENTS, H_TASKS, H_UNITS } from './schema';
import { checkSourceTable, citedUrlsOf, sourceRegistry } from './sources';
import { loadTables } from './tables';
import { byCode } from './text';
import { buildUnits } from './units';
import { units2025 } from './units-2025';
import { pick, toCsv } from './csv';

export interface Conversion {
  /** The files the converter owns (path under data/ → text): written over data/, compared by the check. */
  files: Map<string, string>;
  /** Files created only when missing, then left to staff (plans/tasks.csv). */
  seeds: Map<string, string>;
  report: string[];
  /** Self-check failures: nothing may be written when there is one. */
  problems: string[];
}

/** Converts the reference data at refDir; dataDir is read only for rows and files that staff own. */
export function convert(refDir: string, dataDir: string): Conversion {
  const ref = openReference(refDir);
  const tables = loadTables();
  const sources = sourceRegistry(tables.sources);
  const built = buildUnits(ref, tables, sources);
  // Units after 01/07/2025, their lineage and which units each index assessed.
  const units = { ...built, units: units2025(ref, built.units) };
  const lineage = lineage2025(ref, units.units);
  const assessments = [...assessments2025(tables.indices), CT_SAT_ASSESSMENT];
  const components = buildComponents(ref, tables, sources);
  const out = new Output();

  const citedUrls = citedUrlsOf(ref, sources);
  const existing = existingIn(dataDir);
  const plans = convertPlans(ref, tables, sources, existing, out, { units: new Set(units.units.map((u) => u.code)), indices: new Set(tables.indices.map((x) => x.code)) });
  for (const url of plans.citedUrls) citedUrls.add(url);
  checkSourceTable(tables.sources, citedUrls);
  for (const st of tables.statements) for (const id of st.source.split(';')) if (!sources.ids.has(id)) plans.problems.push(`statements: unknown source ${id}`);

  const december = december2026Sources(ref, sources.ids);
  const generatedSources = [...tables.sources.map((s) => pick(s, H_SOURCES)), ...december].sort((a, b) => byCode(a.id, b.id));
  const allSources = withKeptRows(existing('sources.csv'), 'data/sources.csv', H_SOURCES, generatedSources, (s) => s.id ?? '');
  out.csv('sources.csv', H_SOURCES, allSources);
  const knownSourceIds = new Set(allSources.map((s) => s.id ?? ''));
  out.csv('units.csv', H_UNITS, units.units);
  out.csv('groups.csv', H_GROUPS, tables.groups);
  out.csv('indices.csv', H_INDICES, tables.indices);
  out.csv('periods.csv', H_PERIODS, tables.periods);
  out.csv('components.csv', H_COMPONENTS, components.comps);
  out.csv('statements.csv', H_STATEMENTS, tables.statements);
  out.csv('lineage.csv', H_LINEAGE, lineage);
  out.csv('assessments.csv', H_ASSESSMENTS, assessments);

  const ctx = buildContext(tables, sources, units, components);
  const par = convertLong(ref, 'par-index.csv', 'par', ctx, out);
  const sipas = convertLong(ref, 'sipas.csv', 'sipas', ctx, out);
  const papi = convertPapi(ref, ctx, out);
  const ctPar = convertCtPar(ref, ctx, out);
  const december2026 = applyDecember2026(ref, ctx, out, knownSourceIds);
  out.text('papi/LICENSE-ml-mcdm.txt', ref.readText('papi/LICENSE-ml-mcdm.txt'));

  const indices = new Set(tables.indices.map((x) => x.code));
  const sourceCells = [
    ...units.units.map((u) => ({ where: `units ${u.code}`, cell: u.source })),
    ...tables.groups.map((g) => ({ where: `groups ${g.code}`, cell: g.source })),
    ...tables.indices.map((x) => ({ where: `indices ${x.code}`, cell: x.source })),
    ...tables.periods.map((p) => ({ where: `periods ${p.period}`, cell: p.source })),
    ...components.comps.map((c) => ({ where: `components ${c.period} ${c.code}`, cell: c.source })),
  ];
  const valueFiles = new Map([...out.files].filter(([file]) => isValueFile(file, indices)));
  for (const [file, text] of staffValueFiles(dataDir, indices, out.files)) valueFiles.set(file, text);
  const problems = [
    ...checkPapiExpected(papi, parseExpectedPapi(ref.readText('papi/README.md'))),
    ...checkIntegrity({ units: units.units, comps: components.comps, periods: tables.periods, sourceCells }, knownSourceIds, valueFiles),
    ...plans.problems,
    ...december2026.problems,
    ...check2025(units.units, lineage, assessments, knownSourceIds, indices),
  ];

  const skippedText = (m: Map<string, number>) => [...m.entries()].sort().map(([k, v]) => `${k} ${v}`).join(', ');
  const report = [
    `Reference data: ${ref.dir}`,
    `Converted ${out.files.size} files:`,
    ...[...out.files].map(([file, text]) => `  data/${file}  ${file.endsWith('.csv') ? `${text.split('\n').length - 2} rows` : ''}`.trimEnd()),
    `Not converted (par-index.csv): ${skippedText(par.skipped)}`,
    `Not converted (sipas.csv): ${skippedText(sipas.skipped)}`,
    `Not converted (district-par-fragments.csv): ${skippedText(ctPar.skipped)}`,
    `Not converted (plans.csv): ${plans.notConverted.join('; ')}`,
    ...december2026.report,
  ];
  const seeds = new Map([[TASKS_FILE, toCsv(H_TASKS, [], TASKS_FILE)]]);
  return { files: out.files, seeds, report, problems };
}
