import { DEFAULT_INDEX } from './codes';
import type { FigureFileName } from './figure-files';

/** The years of a whole index that the first view shows first: the latest and the one before. */
export const FIRST_YEARS = 2;

/** The view that reads its index's yearly files whole (the components view compares the latest year with the one before). */
const WHOLE_INDEX_VIEW = 'components';

/**
 * The index whose yearly files the view an address opens reads whole, or undefined: for the components view, the
 * address's index, or the default one. One rule for the app's first reads (main.tsx) and the page's preload script,
 * which asks for the files before the entry has arrived (vite-view-preload.ts).
 */
export function wholeIndexOf(view: string | null, index: string | null): string | undefined {
  return view === WHOLE_INDEX_VIEW ? (index ?? DEFAULT_INDEX) : undefined;
}

/** The index's newest yearly files, the first the view reads, newest first. */
export function firstYearlyFiles<T extends FigureFileName>(files: readonly T[], index: string | undefined): T[] {
  return files
    .filter((file) => file.index === index)
    .sort((a, b) => b.year - a.year)
    .slice(0, FIRST_YEARS);
}
