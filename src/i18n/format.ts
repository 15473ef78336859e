import type { ScoreUnit } from '@/domain/types';

/** The only place numbers and dates are turned into text. */
export type Lang = 'vi' | 'en';

const LOCALES: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const numberFormats = new Map<string, Intl.NumberFormat>();
const MINUS = '\u2212';

function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}:${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    numberFormats.set(key, format);
  }
  return format;
}

export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return numberFormat(lang, digits).format(value).replace('-', MINUS);
}

/** As many decimals as the value has, up to `maxDigits`: 89,13 · 3,6055 · 63. */
export function formatDecimal(value: number, lang: Lang, maxDigits = 4): string {
  const key = `${lang}:up-to-${maxDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: maxDigits, useGrouping: true });
    numberFormats.set(key, format);
  }
  return format.format(value).replace('-', MINUS);
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

export function formatRank(rank: number, rankOf: number, lang: Lang): string {
  return `${formatInteger(rank, lang)}/${formatInteger(rankOf, lang)}`;
}

const listFormats = new Map<Lang, Intl.ListFormat>();

/** ["Cần Thơ", "Hậu Giang", "Sóc Trăng"] → "Cần Thơ, Hậu Giang và Sóc Trăng". */
export function formatList(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(LOCALES[lang], { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

/** ISO yyyy-mm-dd → dd/mm/yyyy, in both languages, as Vietnamese documents write dates. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}
