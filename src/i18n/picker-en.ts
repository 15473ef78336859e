import type { pickerVi } from './picker-vi';

export const pickerEn = {
  label: 'Units',
  search: 'Find a unit',
  searchHint: 'Type with or without diacritics, e.g. "can tho"',
  quickPicks: 'Quick picks',
  remove: (unit: string) => `Remove ${unit}`,
  clear: 'Clear all',
  noMatch: 'No unit matches',
  selectedCount: (n: number) => `${n} selected`,
  moreMatches: (n: number) => `and ${n} more: keep typing to narrow`,
} satisfies typeof pickerVi;
