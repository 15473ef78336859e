import { FIGURE_STATUSES, type Figure } from '@/domain/types';
import { pairIds, textIds, type FigureTexts } from './figure-table-ids';

/**
 * The figures of one import in columns: numbers in typed arrays, texts as indices into lists of
 * distinct values. A million rows of scores take 21 MB (37 MB with ranks) instead of several
 * hundred as objects, and the arrays pass from the worker to the page without a copy.
 */
export interface FigureTable {
  index: string;
  year: number;
  count: number;
  /** Distinct (unit, component) pairs; `pair` points into it. */
  pairs: { unit: string; component: string }[];
  /** Distinct sources, derivation and note together; `text` points into it. */
  texts: FigureTexts[];
  pair: Uint32Array;
  /** NaN where the figure has no value. */
  score: Float64Array;
  /** Absent while no figure has a rank or a denominator: a file of scores carries no 16 bytes a row of gaps. */
  rank?: Float64Array;
  rankOf?: Float64Array;
  /** Position in FIGURE_STATUSES. */
  status: Uint8Array;
  text: Uint32Array;
  line: Uint32Array;
}

type Column = 'pair' | 'score' | 'rank' | 'rankOf' | 'status' | 'text' | 'line';
type ColumnArray = Uint32Array | Float64Array | Uint8Array;
const COLUMNS: Column[] = ['pair', 'score', 'rank', 'rankOf', 'status', 'text', 'line'];
const FIRST_CAPACITY = 1024;

const orNaN = (value: number | undefined) => (value === undefined ? NaN : value);
const orUndefined = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? undefined : value);
const nanColumn = (length: number) => new Float64Array(length).fill(NaN);

function resized<T extends ColumnArray>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array.subarray(0, Math.min(array.length, length)));
  if (bigger instanceof Float64Array) bigger.fill(NaN, array.length);
  return bigger;
}

/**
 * Collects figures row by row into a FigureTable. `reserve` makes room for the rows a file is
 * expected to hold, so a large import allocates its columns once, not twice its size while growing.
 */
export function figureTableBuilder(index: string, year: number) {
  const table: FigureTable = {
    index, year, count: 0, pairs: [], texts: [],
    pair: new Uint32Array(FIRST_CAPACITY), score: nanColumn(FIRST_CAPACITY), status: new Uint8Array(FIRST_CAPACITY), text: new Uint32Array(FIRST_CAPACITY), line: new Uint32Array(FIRST_CAPACITY),
  };
  const pairId = pairIds(table.pairs);
  const textId = textIds(table.texts);
  const resize = (capacity: number) => {
    for (const column of COLUMNS) {
      const array = table[column];
      if (array) (table as Record<Column, ColumnArray>)[column] = resized(array, capacity);
    }
  };
  return {
    reserve(rows: number) {
      if (rows > table.pair.length) resize(rows);
    },
    add(figure: Figure) {
      if (table.count === table.pair.length) resize(Math.ceil(table.pair.length * 1.5));
      const i = table.count++;
      table.pair[i] = pairId(figure.unit, figure.component);
      table.score[i] = orNaN(figure.score);
      if (figure.rank !== undefined || figure.rankOf !== undefined) {
        table.rank ??= nanColumn(table.pair.length);
        table.rankOf ??= nanColumn(table.pair.length);
        table.rank[i] = orNaN(figure.rank);
        table.rankOf[i] = orNaN(figure.rankOf);
      }
      table.status[i] = FIGURE_STATUSES.indexOf(figure.status);
      table.text[i] = textId(figure.sources.join(';'), figure.derivation, figure.note);
      table.line[i] = figure.line;
    },
    table: () => table,
  };
}

export function figureTable(index: string, year: number, figures: readonly Figure[]): FigureTable {
  const builder = figureTableBuilder(index, year);
  for (const figure of figures) builder.add(figure);
  return builder.table();
}

/** Row i's sources, derivation and note. */
export const textsAt = (table: FigureTable, i: number): FigureTexts => table.texts[table.text[i] ?? 0] ?? { sources: '', derivation: '', note: '' };

/** Row i as a Figure. */
export function figureAt(table: FigureTable, i: number): Figure {
  const pair = table.pairs[table.pair[i] ?? 0] ?? { unit: '', component: '' };
  const { sources, derivation, note } = textsAt(table, i);
  return {
    index: table.index,
    year: table.year,
    unit: pair.unit,
    component: pair.component,
    score: orUndefined(table.score[i]),
    rank: orUndefined(table.rank?.[i]),
    rankOf: orUndefined(table.rankOf?.[i]),
    status: FIGURE_STATUSES[table.status[i] ?? 0] ?? 'published',
    sources: sources === '' ? [] : sources.split(';'),
    derivation,
    note,
    line: table.line[i] ?? 0,
  };
}

export function tableFigures(table: FigureTable): Figure[] {
  return Array.from({ length: table.count }, (_, i) => figureAt(table, i));
}

/** The buffers to hand over with postMessage instead of copying them. */
export function tableBuffers(table: FigureTable): ArrayBuffer[] {
  return COLUMNS.flatMap((column) => (table[column] ? [table[column].buffer as ArrayBuffer] : []));
}
