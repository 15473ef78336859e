import { FIGURE_STATUSES, type Figure } from '@/domain/types';

/**
 * The figures of one import in columns: numbers in typed arrays, texts as indices into lists of
 * distinct values. A million rows take about 45 MB instead of several hundred as objects, and the
 * arrays pass from the worker to the page without a copy.
 */
export interface FigureTable {
  index: string;
  year: number;
  count: number;
  /** Distinct (unit, component) pairs; `pair` points into it. */
  pairs: { unit: string; component: string }[];
  /** Distinct texts (sources joined by ';', derivations, notes); `sources`, `derivation`, `note` point into it. */
  texts: string[];
  pair: Uint32Array;
  /** NaN where the figure has no value. */
  score: Float64Array;
  rank: Float64Array;
  rankOf: Float64Array;
  /** Position in FIGURE_STATUSES. */
  status: Uint8Array;
  sources: Uint32Array;
  derivation: Uint32Array;
  note: Uint32Array;
  line: Uint32Array;
}

type Column = 'pair' | 'score' | 'rank' | 'rankOf' | 'status' | 'sources' | 'derivation' | 'note' | 'line';
const COLUMNS: Record<Column, new (length: number) => Uint32Array | Float64Array | Uint8Array> = {
  pair: Uint32Array,
  score: Float64Array,
  rank: Float64Array,
  rankOf: Float64Array,
  status: Uint8Array,
  sources: Uint32Array,
  derivation: Uint32Array,
  note: Uint32Array,
  line: Uint32Array,
};

/** Numbering of distinct texts, with the previous one remembered (rows often repeat it). */
function textInterner(list: string[]) {
  const ids = new Map<string, number>();
  let lastText: string | undefined;
  let lastId = 0;
  return (text: string): number => {
    if (text === lastText) return lastId;
    let id = ids.get(text);
    if (id === undefined) {
      id = list.push(text) - 1;
      ids.set(text, id);
    }
    [lastText, lastId] = [text, id];
    return id;
  };
}

/** Numbering of distinct (unit, component) pairs, by unit then component: no key text made for every figure. */
function pairInterner(list: FigureTable['pairs']) {
  const ids = new Map<string, Map<string, number>>();
  return (unit: string, component: string): number => {
    let ofUnit = ids.get(unit);
    if (!ofUnit) ids.set(unit, (ofUnit = new Map()));
    let id = ofUnit.get(component);
    if (id === undefined) {
      id = list.push({ unit, component }) - 1;
      ofUnit.set(component, id);
    }
    return id;
  };
}

const orNaN = (value: number | undefined) => (value === undefined ? NaN : value);
const orUndefined = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? undefined : value);

/** Collects figures row by row into a FigureTable, growing its arrays as needed. */
export function figureTableBuilder(index: string, year: number) {
  const table: FigureTable = { index, year, count: 0, pairs: [], texts: [], ...allocate(1024) };
  const pairId = pairInterner(table.pairs);
  const textId = textInterner(table.texts);
  const grow = () => {
    const bigger = allocate(table.pair.length * 2);
    for (const column of Object.keys(COLUMNS) as Column[]) bigger[column].set(table[column]);
    Object.assign(table, bigger);
  };
  return {
    add(figure: Figure) {
      if (table.count === table.pair.length) grow();
      const i = table.count++;
      table.pair[i] = pairId(figure.unit, figure.component);
      table.score[i] = orNaN(figure.score);
      table.rank[i] = orNaN(figure.rank);
      table.rankOf[i] = orNaN(figure.rankOf);
      table.status[i] = FIGURE_STATUSES.indexOf(figure.status);
      table.sources[i] = textId(figure.sources.join(';'));
      table.derivation[i] = textId(figure.derivation);
      table.note[i] = textId(figure.note);
      table.line[i] = figure.line;
    },
    table: () => table,
  };
}

function allocate(length: number) {
  return Object.fromEntries(Object.entries(COLUMNS).map(([name, Type]) => [name, new Type(length)])) as unknown as Pick<FigureTable, Column>;
}

export function figureTable(index: string, year: number, figures: readonly Figure[]): FigureTable {
  const builder = figureTableBuilder(index, year);
  for (const figure of figures) builder.add(figure);
  return builder.table();
}

/** Row i as a Figure. */
export function figureAt(table: FigureTable, i: number): Figure {
  const pair = table.pairs[table.pair[i] ?? 0] ?? { unit: '', component: '' };
  const sources = table.texts[table.sources[i] ?? 0] ?? '';
  return {
    index: table.index,
    year: table.year,
    unit: pair.unit,
    component: pair.component,
    score: orUndefined(table.score[i]),
    rank: orUndefined(table.rank[i]),
    rankOf: orUndefined(table.rankOf[i]),
    status: FIGURE_STATUSES[table.status[i] ?? 0] ?? 'published',
    sources: sources === '' ? [] : sources.split(';'),
    derivation: table.texts[table.derivation[i] ?? 0] ?? '',
    note: table.texts[table.note[i] ?? 0] ?? '',
    line: table.line[i] ?? 0,
  };
}

export function tableFigures(table: FigureTable): Figure[] {
  return Array.from({ length: table.count }, (_, i) => figureAt(table, i));
}

/** The buffers to hand over with postMessage instead of copying them. */
export function tableBuffers(table: FigureTable): ArrayBuffer[] {
  return (Object.keys(COLUMNS) as Column[]).map((column) => table[column].buffer as ArrayBuffer);
}
