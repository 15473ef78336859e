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

/** Equal numbers, a gap (NaN) being equal to a gap. */
const sameNumber = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));

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

/**
 * The current figure of each (unit, component) pair of the import, in columns indexed by pair as the import's own
 * columns are: the loop over a million rows then reads typed arrays only (the object of each row's figure, read row by
 * row, made the task that shows a 1M-row import's preview 54-60 ms long, over the 50 ms a task may take).
 */
function currentOfPairs(current: readonly Figure[], incoming: FigureTable) {
  const before = new Map<string, Figure>();
  for (const figure of current) {
    const figureKey = key(figure);
    if (!before.has(figureKey)) before.set(figureKey, figure);
  }
  const figures = incoming.pairs.map((pair) => before.get(key({ index: incoming.index, year: incoming.year, ...pair })));
  const column = (value: (figure: Figure) => number | undefined) => Float64Array.from(figures, (figure) => (figure ? (value(figure) ?? NaN) : NaN));
  return {
    figures,
    /** -1 where the pair has no current figure. */
    status: Int8Array.from(figures, (figure) => (figure ? FIGURE_STATUSES.indexOf(figure.status) : -1)),
    score: column((figure) => figure.score),
    rank: column((figure) => figure.rank),
    rankOf: column((figure) => figure.rankOf),
    sources: figures.map((figure) => figure?.sources.join(';')),
  };
}

/** A comparison of the incoming figures with the current ones, run over a range of rows at a time. */
interface Comparison {
  /** Compares rows `from` to `to` (not included), in order. */
  compare: (from: number, to: number) => void;
  result: () => FigureDiff;
}

function startComparison(current: readonly Figure[], incoming: FigureTable, { shown = 40, texts = true }: DiffOptions): Comparison {
  const previous = currentOfPairs(current, incoming);
  const firstRows: Record<DiffKind, DiffRow[]> = { added: [], changed: [], removed: [] };
  const keep = (kind: DiffKind, i: number, pair?: number) => firstRows[kind].push({ kind, before: pair === undefined ? undefined : previous.figures[pair], after: figureAt(incoming, i) });
  const sameTexts = (pair: number, i: number) => {
    const after = textsAt(incoming, i);
    const figure = previous.figures[pair];
    return previous.sources[pair] === after.sources && figure?.derivation === after.derivation && figure?.note === after.note;
  };
  const noRanks = new Float64Array(0);
  const { pair: incomingPair, status: incomingStatus, score: incomingScore, rank: incomingRank = noRanks, rankOf: incomingRankOf = noRanks } = incoming;
  const { status: statusBefore, score: scoreBefore, rank: rankBefore, rankOf: rankOfBefore } = previous;
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0 };
  // The loop runs once per import, mostly before V8 optimises it: every column is read from a local, counts are
  // locals, and a row is kept for the preview only while its kind has fewer than `shown`.
  const compare = (from: number, to: number) => {
    let { added, changed, removed, unchanged } = counts;
    for (let i = from; i < to; i++) {
      const pair = incomingPair[i] ?? 0;
      const status = statusBefore[pair] ?? -1;
      if (status === -1) {
        if (added++ < shown) keep('added', i);
        continue;
      }
      const score = incomingScore[i] ?? NaN;
      const rank = incomingRank[i] ?? NaN;
      if (
        status === incomingStatus[i] &&
        sameNumber(scoreBefore[pair] ?? NaN, score) &&
        sameNumber(rankBefore[pair] ?? NaN, rank) &&
        sameNumber(rankOfBefore[pair] ?? NaN, incomingRankOf[i] ?? NaN) &&
        (!texts || sameTexts(pair, i))
      )
        unchanged++;
      else if (Number.isNaN(score) && Number.isNaN(rank) && (!Number.isNaN(scoreBefore[pair] ?? NaN) || !Number.isNaN(rankBefore[pair] ?? NaN))) {
        if (removed++ < shown) keep('removed', i, pair);
      } else if (changed++ < shown) keep('changed', i, pair);
    }
    Object.assign(counts, { added, changed, removed, unchanged });
  };
  return { compare, result: () => ({ ...counts, rows: [...firstRows.added, ...firstRows.changed, ...firstRows.removed] }) };
}

/** What applying the incoming figures would change in the current ones: one pass over typed arrays, in one go. */
export function diffFigures(current: readonly Figure[], incoming: FigureTable, options: DiffOptions = {}): FigureDiff {
  const comparison = startComparison(current, incoming, options);
  comparison.compare(0, incoming.count);
  return comparison.result();
}

/**
 * Rows compared in one task. Compared in one go, within the render that shows the preview, a 1M-row import made a
 * task of 42-61 ms in traces on a loaded two-core machine (over the 50 ms a task may take); in pieces of 200,000 rows,
 * no task at the import's end took over 30 ms there (two traces).
 */
export const ROWS_PER_TURN = 200_000;

export interface Turns {
  /** Resolves when the next piece may run (the caller's next task). */
  nextTurn: () => Promise<void>;
  /** Stops the comparison between two pieces. */
  signal: AbortSignal;
  rowsPerTurn?: number;
}

/** The same diff, compared a piece at a time, each after `nextTurn`, so that no task grows with the file; undefined once aborted. */
export async function diffFiguresInTurns(current: readonly Figure[], incoming: FigureTable, options: DiffOptions, { nextTurn, signal, rowsPerTurn = ROWS_PER_TURN }: Turns): Promise<FigureDiff | undefined> {
  const comparison = startComparison(current, incoming, options);
  for (let from = 0; from < incoming.count; from += rowsPerTurn) {
    await nextTurn();
    if (signal.aborted) return undefined;
    comparison.compare(from, Math.min(incoming.count, from + rowsPerTurn));
  }
  return comparison.result();
}
