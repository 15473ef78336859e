import { assert, fail } from './errors';

// Exact decimal arithmetic for the PAPI sums: BigInt scaled by 10^12, so sums never drift.
export const SCALE = 12;

export function isPlainNumber(s: string): boolean {
  return /^\d+(\.\d+)?$/.test(s);
}

export function dec(s: string, where: string): bigint {
  if (!isPlainNumber(s)) fail(`${where}: '${s}' is not a plain non-negative decimal`);
  const [intPart = '', frac = ''] = s.split('.');
  if (frac.length > SCALE) fail(`${where}: '${s}' has more than ${SCALE} decimals`);
  return BigInt(intPart + frac.padEnd(SCALE, '0'));
}

/** Half-up rounding; every value here is non-negative. */
export function roundDec(v: bigint, places: number): bigint {
  const div = 10n ** BigInt(SCALE - places);
  return ((v + div / 2n) / div) * div;
}

export function fmtDec(v: bigint, places: number): string {
  const div = 10n ** BigInt(SCALE - places);
  assert(v % div === 0n, 'fmtDec: value not rounded');
  const digits = (v / div).toString().padStart(places + 1, '0');
  return `${digits.slice(0, -places)}.${digits.slice(-places)}`;
}

/** The decimal written with `places` decimals, half-up ("4.1234565" → "4.123457" at 6). */
export function roundText(s: string, places: number, where: string): string {
  return fmtDec(roundDec(dec(s, where), places), places);
}
