import { sortParamCodec, type SortSpec as GenericSortSpec } from '@/domain/sort-param';
import type { Lang } from '@/i18n/format';
import type { RankingRow } from './ranking-rows';
import { nameIn, shortIn } from '@/i18n/names';
import { compareText } from '@/domain/collate';

export const SORT_KEYS = ['rank', 'name', 'score', 'places', 'points', 'region'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export type SortSpec = GenericSortSpec<SortKey>;

/** Rank, best first, unless the user chose otherwise. */
export const DEFAULT_SORT: SortSpec = { key: 'rank', descending: false };

const codec = sortParamCodec(SORT_KEYS, DEFAULT_SORT);
/** Reads ViewState.sort ("score", "-score"); anything else is the default. */
export const parseSort = codec.parse;
export const serializeSort = codec.serialize;

/** Figures read best first (highest score, biggest gain); names, regions and ranks read A→Z / 1→n. */
const DESCENDING_FIRST: ReadonlySet<SortKey> = new Set(['score', 'places', 'points']);

/** The sort after activating a column header: the same column flips, a new column starts in its natural order. */
export function nextSort(current: SortSpec, key: SortKey): SortSpec {
  if (current.key === key) return { key, descending: !current.descending };
  return { key, descending: DESCENDING_FIRST.has(key) };
}

const nameOf = (row: RankingRow, lang: Lang) => nameIn(row.unit, lang);
const regionOf = (row: RankingRow, lang: Lang) => (row.region ? shortIn(row.region, lang) : undefined);

function value(row: RankingRow, key: SortKey, lang: Lang): number | string | undefined {
  switch (key) {
    case 'rank':
      return row.rank?.rank;
    case 'name':
      return nameOf(row, lang);
    case 'score':
      return row.score;
    case 'places':
      return row.change?.places;
    case 'points':
      return row.change?.points;
    case 'region':
      return regionOf(row, lang);
  }
}

/**
 * Sorts rows by a column; rows without a value for it always come last, in either direction.
 * Ties fall back to the rank, then the score, then the name, so the order is always the same.
 */
export function sortRows(rows: readonly RankingRow[], spec: SortSpec, lang: Lang): RankingRow[] {
  const compareNames = compareText(lang, 'base');
  const compareValues = (a: number | string | undefined, b: number | string | undefined, descending: boolean): number => {
    if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
    const order = typeof a === 'number' && typeof b === 'number' ? a - b : compareNames(String(a), String(b));
    return descending ? -order : order;
  };
  return [...rows].sort(
    (a, b) =>
      compareValues(value(a, spec.key, lang), value(b, spec.key, lang), spec.descending) ||
      compareValues(a.rank?.rank, b.rank?.rank, false) ||
      compareValues(a.score, b.score, true) ||
      compareNames(nameOf(a, lang), nameOf(b, lang)),
  );
}
