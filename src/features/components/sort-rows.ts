import type { ComponentResult } from '@/domain/component-results';
import { sortParamCodec, type SortSpec } from '@/domain/sort-param';

export const SORT_KEYS = ['name', 'score', 'mean', 'group', 'pct', 'lost', 'best', 'change'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type Sort = SortSpec<SortKey>;

/** Furthest below the national mean first (byGapToNation), unless the user chose otherwise. */
export const DEFAULT_SORT: Sort = { key: 'mean', descending: false };

const codec = sortParamCodec(SORT_KEYS, DEFAULT_SORT);
export const parseSort = codec.parse;
export const sortParam = codec.serialize;

const value = (row: ComponentResult, key: SortKey): number | string | undefined => {
  switch (key) {
    case 'name':
      return row.component.order;
    case 'score':
      return row.score;
    case 'pct':
      return row.pctOfRange;
    case 'lost':
      return row.pointsLost;
    case 'mean':
      return row.gapToMean;
    case 'group':
      return row.gapToGroup;
    case 'best':
      return row.gapToBest;
    case 'change':
      return row.change;
  }
};

/** Sorted copy; rows without a value always go last, whatever the direction. */
export function sortRows(rows: readonly ComponentResult[], sort: Sort): ComponentResult[] {
  return [...rows].sort((a, b) => {
    const x = value(a, sort.key);
    const y = value(b, sort.key);
    if (x === undefined || y === undefined) return x === undefined ? (y === undefined ? 0 : 1) : -1;
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.descending ? -order : order;
  });
}
