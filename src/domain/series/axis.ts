export interface Axis {
  domain: [number, number];
  /** Round ticks inside the domain. */
  ticks: number[];
}

export interface ScoreAxisOptions {
  /** Room above and below, as a share of the values' spread… */
  share?: number;
  /** …but never less than this. */
  least?: number;
  /** Extra room above, as a multiple of the padding (values written over their points). */
  headroom?: number;
  /** The scale's own limits (0 and the largest possible score). */
  limits?: readonly [number, number];
}

/** Round ticks inside the domain (10, 20, 30… rather than 8, 23, 38), so an axis not starting at 0 still reads well. */
export function niceTicks([min, max]: readonly [number, number], target = 5): number[] {
  const span = max - min;
  if (!(span > 0)) return [min];
  const raw = span / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).reduce((best, s) => (Math.abs(s - raw) < Math.abs(best - raw) ? s : best));
  const first = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = first; v <= max + 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6 || 0);
  return ticks;
}

/** 1 and then round steps up to the largest rank shown: 1, 10, 20, … */
export function rankTicks(largest: number): number[] {
  const step = largest > 40 ? 10 : largest > 12 ? 5 : 1;
  const ticks = [1];
  for (let tick = step; tick <= largest; tick += step) if (tick > 1) ticks.push(tick);
  return ticks;
}

/** A score axis around the values with whole-number ends, padded so that no point sits on the frame. */
export function scoreAxis(values: readonly number[], { share = 0.15, least = 0.5, headroom = 1, limits = [-Infinity, Infinity] }: ScoreAxisOptions = {}): Axis {
  if (values.length === 0) return { domain: [0, 1], ticks: [0, 1] };
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = Math.max((max - min) * share, least);
  const domain: [number, number] = [Math.max(limits[0], Math.floor(min - pad)), Math.min(limits[1], Math.ceil(max + pad * headroom))];
  return { domain, ticks: niceTicks(domain) };
}

/**
 * The value axis of a ranking drawn as dots: scores cluster far from zero (PAPI 40–48 of 8–80, PAR Index 80–92%),
 * so the axis fits them (and the mean drawn with them) with round ends, within the scale's own limits.
 */
export const dotAxis = (values: readonly number[], limits?: readonly [number, number]): Axis => scoreAxis(values, { share: 0.05, least: 0.5, limits });

/** A rank axis: 1 (at the top when drawn reversed) to the largest rank, never a single point. */
export function rankAxis(largest: number): Axis {
  const bottom = Math.max(largest, 2);
  return { domain: [1, bottom], ticks: rankTicks(bottom) };
}

/** Years to tick on a time axis: every year, or every n-th from the first so that at most `most` are written. */
export function yearTicks(years: readonly number[], most: number): number[] {
  const first = years[0];
  if (first === undefined) return [];
  const step = Math.max(1, Math.ceil((years.length - 1) / Math.max(most - 1, 1)));
  return years.filter((year) => (year - first) % step === 0);
}

/** A scale around zero for changes both ways: the same round step each side (−0,2 … 0 … +0,2), zero always a tick. */
export function divergingAxis(values: readonly number[], target = 3): Axis {
  const extent = Math.max(...values.map(Math.abs), 0);
  if (!(extent > 0)) return { domain: [-1, 1], ticks: [-1, 0, 1] };
  const raw = extent / target;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw - 1e-12) ?? 10 * magnitude;
  const steps = Math.ceil(extent / step - 1e-9);
  const ticks = Array.from({ length: 2 * steps + 1 }, (_, i) => Math.round((i - steps) * step * 1e6) / 1e6 || 0);
  const end = ticks.at(-1) ?? 1;
  return { domain: [-end, end], ticks };
}

/** At most `most` ticks of a diverging axis, zero kept and the steps even: −1,5 … +1,5 by 0,5 becomes −1, 0, +1 where room is short. */
export function thinTicks(ticks: readonly number[], most: number): number[] {
  const zero = ticks.indexOf(0);
  if (ticks.length <= most || zero < 0) return [...ticks];
  const every = Math.ceil(ticks.length / Math.max(most, 1));
  return ticks.filter((_, i) => (i - zero) % every === 0);
}
