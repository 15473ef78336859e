import { FIGURE_STATUSES, type Figure } from '@/domain/types';
import { figureAt, textsAt, type FigureTable } from './figure-table';
import { figureKey as key } from './merge';

export type DiffKind = 'added' | 'changed' | 'removed';

export interface DiffRow {
  kind: DiffKind;
  before?: Figure;
  after: Figure;
}

export interface FigureDiff {
  added: number;
  changed: number;
  /** Figures that had a score or rank and that the import marks as a gap. */
  removed: number;
  unchanged: number;
  /** The first rows of each kind (added, then changed, then removed), for the preview. */
  rows: DiffRow[];
}

const hasFigure = (f: Figure) => f.score !== undefined || f.rank !== undefined;
const sameNumber = (a: number | undefined, b: number) => (a === undefined ? Number.isNaN(b) : a === b);

export interface DiffOptions {
  /** The first rows of each kind kept for the preview. */
  shown?: number;
  /**
   * The file states each figure's sources, derivation and note (a canonical file), so a change of one
   * of them alone is a change. A wide table states none: its source is the one chosen for the whole
   * file and it has no note, so only its numbers and statuses are compared.
   */
  texts?: boolean;
}

function sameFigure(previous: Figure, incoming: FigureTable, i: number, texts: boolean): boolean {
  const sameNumbers =
    sameNumber(previous.score, incoming.score[i] ?? NaN) &&
    sameNumber(previous.rank, incoming.rank?.[i] ?? NaN) &&
    sameNumber(previous.rankOf, incoming.rankOf?.[i] ?? NaN) &&
    FIGURE_STATUSES.indexOf(previous.status) === incoming.status[i];
  if (!sameNumbers || !texts) return sameNumbers;
  const after = textsAt(incoming, i);
  return previous.sources.join(';') === after.sources && previous.derivation === after.derivation && previous.note === after.note;
}

/**
 * What applying the incoming figures would change in the current ones. One pass over typed arrays,
 * looking up the current figure once per (unit, component), so a million rows stay a short task.
 */
export function diffFigures(current: readonly Figure[], incoming: FigureTable, { shown = 40, texts = true }: DiffOptions = {}): FigureDiff {
  const before = new Map<string, Figure>();
  for (const figure of current) if (!before.has(key(figure))) before.set(key(figure), figure);
  const previousOfPair = incoming.pairs.map((pair) => before.get(key({ index: incoming.index, year: incoming.year, ...pair })));
  const diff: FigureDiff = { added: 0, changed: 0, removed: 0, unchanged: 0, rows: [] };
  const firstRows: Record<DiffKind, DiffRow[]> = { added: [], changed: [], removed: [] };
  const note = (kind: DiffKind, i: number, previous?: Figure) => {
    diff[kind] += 1;
    if (firstRows[kind].length < shown) firstRows[kind].push({ kind, before: previous, after: figureAt(incoming, i) });
  };
  for (let i = 0; i < incoming.count; i++) {
    const previous = previousOfPair[incoming.pair[i] ?? 0];
    if (!previous) note('added', i);
    else if (sameFigure(previous, incoming, i, texts)) diff.unchanged += 1;
    else {
      const afterHasFigure = !Number.isNaN(incoming.score[i] ?? NaN) || !Number.isNaN(incoming.rank?.[i] ?? NaN);
      note(hasFigure(previous) && !afterHasFigure ? 'removed' : 'changed', i, previous);
    }
  }
  diff.rows = [...firstRows.added, ...firstRows.changed, ...firstRows.removed];
  return diff;
}
