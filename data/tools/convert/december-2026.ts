import type { Context } from './context';
import { parseRecords, toCsv, type Row } from './csv';
import { fail } from './errors';
import { CITY_INTERNAL_COLUMNS, CT_SAT, GROUP_COUNT_COLUMNS, PAR_2020_PART_COLUMNS, SATISFACTION_COLUMNS, cityInternalAggregates, citySatisfaction, groupCountAggregates, par2020PartAggregates } from './aggregates-2026-12';
import { CORRECTIONS, type RowFiles } from './corrections-2026-12';
import { addFigure, FIGURE_COLUMNS, figureRow, type FigureOutcome } from './figures-2026-12';
import type { Assessment } from './lineage-2025';
import type { Output } from './output';
import type { Reference } from './reference';
import { H_AGGREGATES, H_SOURCES, H_VALUES, type ValueRow } from './schema';

// The December 2026 additions (reference-data/2026-12/README.md): its sources, the figures merged into
// the yearly files, the city's own satisfaction survey as its own index (ct-sat, never SIPAS),
// aggregates.csv, and the seven corrections, each checked. The ct-sat index and period are rows of
// tables/indices.csv and tables/periods.csv; the units it assessed are CT_SAT_ASSESSMENT.

const DIR = '2026-12';
type SourceRow = Row<(typeof H_SOURCES)[number]>;

/** Which units ct-sat assessed (data/assessments.csv): the 9 districts of 2024; its departments have no unit rows. */
export const CT_SAT_ASSESSMENT: Assessment = {
  index: CT_SAT, from_year: '2024', to_year: '2024', level: 'district', units_valid_on: '12-31',
  source: 'laodong-can-tho-hai-long-2024',
  note: "The 9 districts of 2024 (Ninh Kiều ranked 9th of them). The survey also covered the city's departments, which are not in the catalogue. The district level ended on 30/06/2025.",
};

export function december2026Sources(ref: Reference, knownIds: ReadonlySet<string>): SourceRow[] {
  return newSources(ref.readCsv(`${DIR}/sources.csv`, H_SOURCES), knownIds);
}

/** The 2026-12 sources not yet in the catalogue; a source without an address keeps title, publisher and date. */
export function newSources(rows: readonly SourceRow[], knownIds: ReadonlySet<string>): SourceRow[] {
  return rows
    .filter((r) => !knownIds.has(r.id))
    .map(({ id, title, publisher, date, url, note }) => {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) fail(`${DIR}/sources.csv: id '${id}' is not kebab-case`);
      if (url === '' && (title === '' || publisher === '')) fail(`${DIR}/sources.csv: ${id} has no address, so it needs title and publisher`);
      // Dates here are ISO days or a month ("2025-04"); the catalogue holds days only, so a month goes to the note.
      const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
      const monthNote = date !== '' && day === '' ? `Date given as ${date} only. ` : '';
      return { id, title, publisher, date: day, url, note: `${monthNote}${note}`.trim() };
    });
}

/**
 * After the yearly files and plans are in `out`: merges the figures, adds ct-sat/2024.csv and
 * aggregates.csv, applies the corrections. Returns the report lines and the problems found.
 */
export function applyDecember2026(ref: Reference, ctx: Context, out: Output, sourceIds: ReadonlySet<string>): { report: string[]; problems: string[] } {
  const files: RowFiles = new Map();
  const headers = new Map<string, string[]>();
  const load = (relPath: string): Row[] => {
    const loaded = files.get(relPath);
    if (loaded) return loaded;
    const text = out.files.get(relPath) ?? fail(`${relPath}: not written by this run, so it cannot be merged into`);
    const [header = ''] = text.split('\n', 1);
    headers.set(relPath, header.split(','));
    const rows = parseRecords(text, relPath, header.split(','));
    files.set(relPath, rows);
    return rows;
  };

  const outcomes: Record<FigureOutcome, number> = { added: 0, merged: 0, conflict: 0 };
  const conflicts: string[] = [];
  for (const r of ref.readCsv(`${DIR}/index-figures.csv`, FIGURE_COLUMNS)) {
    const { index, year, row } = figureRow(r);
    const relPath = `${index}/${year}.csv`;
    const { rows, outcome } = addFigure(load(relPath) as ValueRow[], row);
    files.set(relPath, rows);
    outcomes[outcome]++;
    if (outcome === 'conflict') conflicts.push(`${index} ${year} ${row.unit}`);
  }

  const satisfaction = citySatisfaction(ref.readCsv(`${DIR}/city-satisfaction.csv`, SATISFACTION_COLUMNS));
  files.set(`${CT_SAT}/2024.csv`, satisfaction.figures);
  headers.set(`${CT_SAT}/2024.csv`, [...H_VALUES]);
  const aggregates = [
    ...groupCountAggregates(ref.readCsv(`${DIR}/group-counts.csv`, GROUP_COUNT_COLUMNS)),
    ...cityInternalAggregates(ref.readCsv(`${DIR}/city-internal-aggregates.csv`, CITY_INTERNAL_COLUMNS)),
    ...satisfaction.aggregates,
    ...par2020PartAggregates(ref.readCsv(`${DIR}/par-2020-top10-parts.csv`, PAR_2020_PART_COLUMNS)),
  ].sort((a, b) => a.index.localeCompare(b.index) || a.year.localeCompare(b.year) || ctx.unitIndex(a.unit) - ctx.unitIndex(b.unit) || a.level.localeCompare(b.level));

  for (const c of CORRECTIONS) for (const f of c.files) load(f);
  for (const c of CORRECTIONS) c.apply(files);

  const problems = [
    ...CORRECTIONS.filter((c) => !c.holds(files)).map((c) => `correction ${c.id}: does not hold`),
    ...aggregates.flatMap((a) => [
      ...a.source.split(';').filter((id) => id !== '' && !sourceIds.has(id)).map((id) => `aggregates ${a.index} ${a.year} ${a.measure}: unknown source ${id}`),
      ...(a.value !== '' && Number.isFinite(Number(a.value)) ? [] : [`aggregates ${a.index} ${a.year} ${a.measure}: value '${a.value}' is not a number`]),
    ]),
  ];

  for (const [relPath, rows] of files) {
    const header = headers.get(relPath) ?? [];
    if (header.join() === H_VALUES.join()) {
      const [index = '', year = ''] = [relPath.split('/')[0], relPath.slice(-8, -4)];
      const order = ctx.componentOrder(index, year);
      rows.sort((a, b) => ctx.unitIndex(a.unit ?? '') - ctx.unitIndex(b.unit ?? '') || order(a.component ?? '') - order(b.component ?? ''));
    }
    const text = toCsv(header, rows, relPath);
    if (out.files.has(relPath)) out.replace(relPath, text);
    else out.text(relPath, text);
  }
  out.csv('aggregates.csv', H_AGGREGATES, aggregates);

  const report = [
    `2026-12 figures: ${outcomes.added} added, ${outcomes.merged} merged into an agreeing row, ${outcomes.conflict} conflict${conflicts.length ? ` (${conflicts.join(', ')})` : ''}; ${aggregates.length} aggregates; ${satisfaction.figures.length} ct-sat rows.`,
    `2026-12 corrections applied and checked: ${CORRECTIONS.map((c) => c.id.split(' ')[0]).join(', ')}.`,
  ];
  return { report, problems };
}
