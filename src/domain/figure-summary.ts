import type { FigureFileResult } from './figures';
import { TOTAL } from './types';

/** Only the totals of a validated file, with all its problems: what the overview and every view of totals read. */
export const totalsOf = (result: FigureFileResult): FigureFileResult => ({ figures: result.figures.filter((f) => f.component === TOTAL), issues: result.issues });

/**
 * The totals of every yearly file, by its name, validated against the catalogue exactly as the app validates
 * a file: made at build time (vite-figure-summary.ts), so that the views of totals read kilobytes instead of
 * parsing every file. Ranks, means and changes are still computed by the app from these figures.
 */
export type FigureSummary = Record<string, FigureFileResult>;
