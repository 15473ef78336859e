import type { ComponentResult } from '@/domain/component-results';

export const SORT_KEYS = ['name', 'score', 'pct', 'lost', 'mean', 'best', 'change'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface Sort {
  key: SortKey;
  descending: boolean;
}

/** "Where we lose most" first, unless the user chose otherwise. */
export const DEFAULT_SORT: Sort = { key: 'lost', descending: true };

export function parseSort(text: string | undefined): Sort {
  const key = text?.replace(/^-/, '');
  return (SORT_KEYS as readonly string[]).includes(key ?? '') ? { key: key as SortKey, descending: text?.startsWith('-') ?? false } : DEFAULT_SORT;
}

export function sortParam(sort: Sort): string | undefined {
  return sort.key === DEFAULT_SORT.key && sort.descending === DEFAULT_SORT.descending ? undefined : `${sort.descending ? '-' : ''}${sort.key}`;
}

const value = (row: ComponentResult, key: SortKey): number | string | undefined => {
  switch (key) {
    case 'name':
      return row.component.order;
    case 'score':
      return row.score;
    case 'pct':
      return row.pctOfMax;
    case 'lost':
      return row.pointsLost;
    case 'mean':
      return row.gapToMean;
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
