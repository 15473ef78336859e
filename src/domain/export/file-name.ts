import { foldForSearch } from '@/domain/text';

/** "PAPI", "2024", "Cần Thơ", "xếp hạng" + date → "papi-2024-can-tho-xep-hang-2026-11-25.csv" (or .png, .svg). */
export function exportFileName(parts: readonly (string | number | undefined)[], date: Date, extension = 'csv'): string {
  const words = parts
    .filter((part): part is string | number => part !== undefined && part !== '')
    .map((part) => foldForSearch(String(part)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean);
  return `${[...words, date.toISOString().slice(0, 10)].join('-')}.${extension}`;
}
