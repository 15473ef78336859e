export function median(values) {
  const sorted = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The median of each numeric field over the runs, with the runs themselves kept. */
export function medians(runs) {
  const keys = [...new Set(runs.flatMap((run) => Object.keys(run)))];
  const result = Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))]));
  return { ...result, runs: runs.length };
}

export const round = (value, digits = 0) => (value === undefined ? undefined : Math.round(value * 10 ** digits) / 10 ** digits);
