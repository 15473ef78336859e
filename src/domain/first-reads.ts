import { DEFAULT_INDEX } from './codes';
import type { FigureFileName } from './figure-files';

/** The years of a whole index that the first view shows first: the latest and the one before. */
export const FIRST_YEARS = 2;

/** The view that reads its index's yearly files whole (the components view compares the latest year with the one before). */
export const WHOLE_INDEX_VIEW = 'components';

/**
 * The index whose yearly files the view an address opens reads whole first, or undefined: for the components view, the
 * address's index when it has yearly files, else the default one (the view shows the default index for one it does not
 * know). One rule for the app's first reads (main.tsx) and the page's preload script, which asks for the files before
 * the entry has arrived (vite-view-preload.ts).
 */
export function wholeIndexOf(view: string | null, index: string | null, files: readonly FigureFileName[]): string | undefined {
  if (view !== WHOLE_INDEX_VIEW) return undefined;
  return index !== null && files.some((file) => file.index === index) ? index : DEFAULT_INDEX;
}

/** The index's newest yearly files, the first the view reads, newest first. */
export function firstYearlyFiles<T extends FigureFileName>(files: readonly T[], index: string | undefined): T[] {
  return files
    .filter((file) => file.index === index)
    .sort((a, b) => b.year - a.year)
    .slice(0, FIRST_YEARS);
}

/**
 * The views that draw the plans with their first numbers: the plans view, a trend's plan marks and target bands, the
 * profile's plans, the slides'. Their plan files are read with the first screen's, so the view is drawn once with them.
 * Read when the view asked for them, they came after its first render and drew it again: on a cold trends view, its
 * chart a second time, a 240 ms task right after its line (traced).
 */
const PLAN_VIEWS: readonly (string | null)[] = ['plans', 'trends', 'profile', 'present'];

export const readsPlansFirst = (view: string | null): boolean => PLAN_VIEWS.includes(view);
