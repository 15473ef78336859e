import type { ColumnFormat } from '@/domain/export/column-format';
import type { ScoreUnit } from '@/domain/types';

/** The only place numbers and dates are turned into text. */
export type Lang = 'vi' | 'en';

const MINUS = '\u2212';

const SEPARATORS: Record<Lang, { group: string; decimal: string }> = { vi: { group: '.', decimal: ',' }, en: { group: ',', decimal: '.' } };

/** |value| rounded to `digits` decimals as Intl does: half away from zero, on the shortest decimal form (1.005 → 1.01). */
function fixedDigits(value: number, digits: number): { whole: string; fraction: string } {
  const shortest = String(Math.abs(value));
  if (shortest.includes('e')) {
    const [whole = '', fraction = ''] = Math.abs(value).toFixed(digits).split('.');
    return { whole, fraction };
  }
  const scaled = String(Math.round(Number(`${shortest}e${digits}`))).padStart(digits + 1, '0');
  return { whole: scaled.slice(0, scaled.length - digits), fraction: scaled.slice(scaled.length - digits) };
}

/** The digits of |value| with thousands grouped and the fraction (if any) after the decimal mark, signed as Intl signs them (−0 too). */
function written(value: number, lang: Lang, whole: string, fraction: string): string {
  const { group, decimal } = SEPARATORS[lang];
  const text = `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${fraction ? decimal + fraction : ''}`;
  return value < 0 || Object.is(value, -0) ? `${MINUS}${text}` : text;
}

/**
 * A fixed number of decimals, thousands grouped: 1.234,50 (vi) / 1,234.50 (en), exactly as
 * Intl.NumberFormat writes them; written out because the first Intl.NumberFormat objects of a page
 * cost the first screen a few hundred milliseconds.
 */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  const { whole, fraction } = fixedDigits(value, digits);
  return written(value, lang, whole, fraction);
}

/**
 * As many decimals as the value has, up to `maxDigits`: 89,13 · 3,6055 · 63, exactly as Intl.NumberFormat
 * writes them with maximumFractionDigits; written out too: its first use cost a cold data view's table ~20 ms.
 */
export function formatDecimal(value: number, lang: Lang, maxDigits = 4): string {
  const { whole, fraction } = fixedDigits(value, maxDigits);
  return written(value, lang, whole, fraction.replace(/0+$/, ''));
}

export function formatInteger(value: number, lang: Lang): string {
  return formatNumber(value, lang, 0);
}

/** 89.13 → "89,13%" (vi) / "89.13%" (en); points keep the plain number. */
export function formatScore(value: number, unit: ScoreUnit, lang: Lang, digits = 2): string {
  const number = formatNumber(value, lang, digits);
  return unit === 'percent' ? `${number}%` : number;
}

/** Always signed: "+0,27", "−1,14"; a change that rounds to zero is written without a sign. */
export function formatSigned(value: number, lang: Lang, digits = 2): string {
  const text = formatNumber(Math.abs(value), lang, digits);
  if (Number(text.replace(/\D/g, '')) === 0) return text;
  return value > 0 ? `+${text}` : `${MINUS}${text}`;
}

/** "59 → 15": a change from one figure to another, held on one line (non-breaking spaces around the arrow). */
export function formatFromTo(from: string, to: string): string {
  return `${from}\u00a0→\u00a0${to}`;
}

/**
 * A number of the "as shown" CSV: the decimals, the "+" of a gain and the "%" the screen shows, in
 * the file's decimal mark, but still a number to a spreadsheet: "-" rather than "−" and no thousands
 * grouping (Excel reads either as text, and a grouping comma is the standard dialect's delimiter).
 * A figure that rounds to zero has no sign, as formatSigned writes it. "89,13%" opens in Excel as
 * the percentage 89,13% (the cell holds 0,8913).
 */
export function formatCsvNumber(value: number, { decimals, percent, signed }: ColumnFormat, { decimalComma }: { decimalComma: boolean }): string {
  const { whole, fraction } = fixedDigits(value, decimals);
  const digits = decimals > 0 ? `${whole}${decimalComma ? ',' : '.'}${fraction}` : whole;
  const sign = !/[1-9]/.test(digits) ? '' : value < 0 ? '-' : signed ? '+' : '';
  return `${sign}${digits}${percent ? '%' : ''}`;
}

export function formatRank(rank: number, rankOf: number, lang: Lang): string {
  return `${formatInteger(rank, lang)}/${formatInteger(rankOf, lang)}`;
}

const AND: Record<Lang, string> = { vi: 'và', en: 'and' };

/**
 * ["Cần Thơ", "Hậu Giang", "Sóc Trăng"] → "Cần Thơ, Hậu Giang và Sóc Trăng" (en-GB: no comma before
 * "and"). Written out rather than with Intl.ListFormat, whose first use costs the first screen ~100 ms.
 */
export function formatList(items: readonly string[], lang: Lang): string {
  const last = items.at(-1);
  if (items.length < 2 || last === undefined) return last ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND[lang]} ${last}`;
}

/** ISO yyyy-mm-dd → dd/mm/yyyy, in both languages, as Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** A time elapsed, as a clock reads it: 754 s → "12:34", 3 723 s → "1:02:03". */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const clock = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours > 0 ? `${hours}:${clock}` : clock;
}
