/**
 * PAPI's four performance bands, computed. PAPI publishes, for each dimension and the total, the
 * provinces in the best quartile (75th percentile and above), high average (50th to 75th), low
 * average (25th to 50th) and poorest quartile (below the 25th). Our data has no published band
 * membership, so the bands are computed from the year's scores and must be labelled "computed".
 */
export const QUARTILE_BANDS = ['best', 'high-average', 'low-average', 'poorest'] as const;
export type QuartileBand = (typeof QUARTILE_BANDS)[number];

export interface QuartileCutoffs {
  /** 25th, 50th and 75th percentiles of the scores (linear interpolation, as Excel's QUARTILE.INC). */
  q1: number;
  median: number;
  q3: number;
  count: number;
}

export interface BandedUnit {
  unit: string;
  score: number;
  band: QuartileBand;
}

// Sums of floating sub-scores can differ in the 15th digit: compare at 6 decimals, as ranks do.
const comparable = (score: number) => Math.round(score * 1e6);

/** Percentile p (0–1) of ascending values by linear interpolation between closest ranks. */
export function percentile(ascending: readonly number[], p: number): number {
  if (ascending.length === 0) return Number.NaN;
  const position = (ascending.length - 1) * p;
  const lower = Math.floor(position);
  const low = ascending[lower] ?? Number.NaN;
  const high = ascending[Math.min(lower + 1, ascending.length - 1)] ?? low;
  return Math.round((low + (high - low) * (position - lower)) * 1e6) / 1e6;
}

export function quartileCutoffs(scores: readonly number[]): QuartileCutoffs | undefined {
  const finite = scores.filter((s) => Number.isFinite(s));
  if (finite.length === 0) return undefined;
  const ascending = [...finite].sort((a, b) => a - b);
  return { q1: percentile(ascending, 0.25), median: percentile(ascending, 0.5), q3: percentile(ascending, 0.75), count: ascending.length };
}

export function bandOf(score: number, cutoffs: QuartileCutoffs): QuartileBand {
  const s = comparable(score);
  if (s >= comparable(cutoffs.q3)) return 'best';
  if (s >= comparable(cutoffs.median)) return 'high-average';
  if (s >= comparable(cutoffs.q1)) return 'low-average';
  return 'poorest';
}

/**
 * Bands of the units that have a score; units without one (not published, did not take part) are
 * simply not passed in and get no band. Equal scores always fall in the same band.
 */
export function quartileBands(entries: readonly { unit: string; score: number }[]): { cutoffs?: QuartileCutoffs; bands: Map<string, BandedUnit> } {
  const cutoffs = quartileCutoffs(entries.map((e) => e.score));
  if (!cutoffs) return { bands: new Map() };
  return { cutoffs, bands: new Map(entries.map((e) => [e.unit, { ...e, band: bandOf(e.score, cutoffs) }])) };
}
