import { fail } from './errors';
import type { ValueRow } from './schema';
import { joinIds } from './text';

// Merging the rows of reference-data/2026-12/index-figures.csv into the yearly files: a row that
// repeats an existing figure becomes one row with both sources; a row that disagrees makes every row
// of that unit and component a `conflict` row (a published row is never overwritten).

const FIELDS = ['score', 'rank', 'rank_of'] as const;
type Field = (typeof FIELDS)[number];
const FIGURE_COLUMNS = ['year', 'index', 'unit', 'component', 'score', 'rank', 'rank_of', 'status', 'source', 'derivation', 'note'] as const;
export type FigureRow = Record<(typeof FIGURE_COLUMNS)[number], string>;
export { FIGURE_COLUMNS };

const splitSources = (cell: string) => cell.split(';').filter(Boolean);
const sentence = (text: string) => (text === '' || /[.!?'")]$/.test(text) ? text : `${text}.`);

/** A reference row of index-figures.csv as a yearly-file row. */
export function figureRow(r: FigureRow): { index: string; year: string; row: ValueRow } {
  const where = `index-figures.csv ${r.year} ${r.unit}`;
  if (!/^\d{4}$/.test(r.year)) fail(`index-figures.csv: bad year '${r.year}'`);
  if (r.component !== 'total') fail(`index-figures.csv: component '${r.component}' is not converted`);
  if (!['published', 'conflict'].includes(r.status)) fail(`index-figures.csv: status '${r.status}'`);
  if ((r.rank === '') !== (r.rank_of === '')) fail(`${where}: rank without rank_of`);
  if (r.score === '' && r.rank === '') fail(`${where}: no figure`);
  const { unit, component, score, rank, rank_of, status, source, derivation, note } = r;
  return { index: r.index, year: r.year, row: { unit, component, score, rank, rank_of, status, source, derivation, note } };
}

/** Two rows agree when every figure both give is the same number. */
export function agrees(a: ValueRow, b: ValueRow): boolean {
  return FIELDS.every((f) => a[f] === '' || b[f] === '' || Number(a[f]) === Number(b[f]));
}

const fieldOf = (segment: string): Field | undefined => /^(score|rank_of|rank):/.exec(segment)?.[1] as Field | undefined;
// rank_of is 63 on every reference row by the reference's convention, so it never counts as printed.
const PRINTABLE = new Set<Field | undefined>(['score', 'rank']);

/**
 * Folds an agreeing row into an existing one: blanks filled, sources joined, notes kept. A figure the
 * existing row derived and the new row prints directly keeps its derivation only in the note.
 */
export function mergeInto(existing: ValueRow, incoming: ValueRow): ValueRow {
  const incomingDerived = new Set(incoming.derivation.split(' | ').map(fieldOf).filter(Boolean));
  const printedNow = (field: Field | undefined) => field !== undefined && PRINTABLE.has(field) && incoming[field] !== '' && !incomingDerived.has(field);
  const oldSegments = existing.derivation === '' ? [] : existing.derivation.split(' | ');
  const superseded = oldSegments.filter((s) => printedNow(fieldOf(s)));
  const kept = oldSegments.filter((s) => !printedNow(fieldOf(s)));
  const newSegments = incoming.derivation === '' ? [] : incoming.derivation.split(' | ').filter((s) => {
    const field = fieldOf(s);
    return field === undefined || existing[field] === '';
  });
  const added = FIELDS.filter((f) => existing[f] === '' && incoming[f] !== '');
  const notes = [
    existing.note,
    `Also ${incoming.source.replace(/;/g, ', ')}${added.length > 0 ? ` (adds ${added.join(', ')})` : ''}${incoming.note ? `: ${sentence(incoming.note)}` : '.'}`,
    superseded.length > 0 ? `Printed directly there; earlier derivation, consistent: ${superseded.join(' | ').replace(/\.$/, '')}.` : '',
  ];
  return {
    ...existing,
    score: existing.score || incoming.score,
    rank: existing.rank || incoming.rank,
    rank_of: existing.rank_of || incoming.rank_of,
    source: joinIds([...splitSources(existing.source), ...splitSources(incoming.source)]),
    derivation: [...kept, ...newSegments].join(' | '),
    note: notes.filter(Boolean).join(' '),
  };
}

const describeRow = (r: ValueRow) => `${r.score || '–'}${r.rank ? ` (${r.rank}/${r.rank_of})` : ''} from ${r.source.replace(/;/g, ', ')}`;

export type FigureOutcome = 'added' | 'merged' | 'conflict';

/**
 * Adds one reference row to the rows of its yearly file: 'added' (no row for the unit and component),
 * 'merged' (it repeats or completes an agreeing row) or 'conflict' (it disagrees: every row of the unit
 * and component becomes a conflict row).
 */
export function addFigure(rows: readonly ValueRow[], incoming: ValueRow): { rows: ValueRow[]; outcome: FigureOutcome } {
  const same = (r: ValueRow) => r.unit === incoming.unit && r.component === incoming.component;
  const existing = rows.filter(same);
  for (const r of existing) {
    if (!['published', 'conflict'].includes(r.status)) fail(`${incoming.unit} ${incoming.component}: cannot add a figure over a '${r.status}' row`);
  }
  if (existing.length === 0) return { rows: [...rows, incoming], outcome: 'added' };
  const agreeing = existing.filter((r) => agrees(r, incoming));
  if (incoming.status === 'published' && agreeing.length > 0) {
    return { rows: rows.map((r) => (agreeing.includes(r) ? mergeInto(r, incoming) : r)), outcome: 'merged' };
  }
  const marked = rows.map((r) =>
    same(r) && r.status === 'published' ? { ...r, status: 'conflict', note: `CONFLICT: ${describeRow(incoming)} disagrees (next row); each is kept with its own source. ${r.note}`.trim() } : r,
  );
  const note = /CONFLICT/.test(incoming.note) ? incoming.note : `CONFLICT with ${existing.map(describeRow).join('; ')}; each is kept with its own source. ${incoming.note}`.trim();
  return { rows: [...marked, { ...incoming, status: 'conflict', note }], outcome: 'conflict' };
}
