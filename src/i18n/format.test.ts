import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatDuration, formatFromTo, formatInteger, formatList, formatNumber, formatRank, formatScore, formatSigned } from './format';

describe('format', () => {
  it.each([
    [89.13, 'percent', 'vi', '89,13%'],
    [89.13, 'percent', 'en', '89.13%'],
    [40.443, 'points', 'vi', '40,44'],
    [40.443, 'points', 'en', '40.44'],
    [79.1, 'percent', 'vi', '79,10%'],
  ] as const)('formatScore(%s, %s, %s) = %s', (value, unit, lang, expected) => {
    expect(formatScore(value, unit, lang)).toBe(expected);
  });

  it('writes fixed decimals exactly as Intl.NumberFormat does, ties and negatives included', () => {
    const values = [0, 0.5, 2.5, -2.5, 1e-7, 0.0049999, 0.005, 0.015, 1.005, 2.675, 123456789.125, 40.442661, 89.125, 99.995, 999.5, 1234.5, 36525, 1234567.891, -0.001, -1.14, -40.445, -1234.5];
    for (const [lang, locale] of [['vi', 'vi-VN'], ['en', 'en-GB']] as const) {
      for (const digits of [0, 1, 2, 3]) {
        const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
        for (const value of values) expect(formatNumber(value, lang, digits)).toBe(intl.format(value).replace('-', '\u2212'));
      }
    }
  });

  it('groups thousands the Vietnamese way', () => {
    expect(formatInteger(36525, 'vi')).toBe('36.525');
    expect(formatInteger(36525, 'en')).toBe('36,525');
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
  });

  it('lists names the way each language does', () => {
    expect(formatList(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng'], 'vi')).toBe('Cần Thơ, Hậu Giang và Sóc Trăng');
    expect(formatList(['Can Tho', 'Hau Giang', 'Soc Trang'], 'en')).toBe('Can Tho, Hau Giang and Soc Trang');
    expect(formatList(['Cần Thơ', 'Hậu Giang'], 'vi')).toBe('Cần Thơ và Hậu Giang');
    expect(formatList(['Can Tho'], 'en')).toBe('Can Tho');
    expect(formatList([], 'en')).toBe('');
  });

  it('signs a change with a true minus sign, and none when it rounds to zero', () => {
    expect(formatSigned(0.27, 'vi')).toBe('+0,27');
    expect(formatSigned(-1.14, 'vi')).toBe('\u22121,14');
    expect(formatSigned(-0.001, 'en')).toBe('0.00');
  });

  it('writes only the decimals a value has exactly as Intl.NumberFormat does, ties, zeros and negatives included', () => {
    const values = [0, -0, 63, 0.5, 2.5, -2.5, 1e-7, -1e-7, 0.00005, 1.00005, 3.605512345, 40.442661, 89.1, 99.99995, 1234.5, 36525, 123456789.12345, -0.001, -1.14, -40.445, -1234.5];
    for (const [lang, locale] of [['vi', 'vi-VN'], ['en', 'en-GB']] as const) {
      for (const maxDigits of [0, 1, 2, 4]) {
        const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits, useGrouping: true });
        for (const value of values) expect(formatDecimal(value, lang, maxDigits)).toBe(intl.format(value).replace('-', '\u2212'));
      }
    }
  });

  it('writes only the decimals a value has, up to a limit', () => {
    expect(formatDecimal(3.605512345, 'vi')).toBe('3,6055');
    expect(formatDecimal(63, 'vi')).toBe('63');
    expect(formatDecimal(89.1, 'en')).toBe('89.1');
  });

  it('writes a rank with its denominator', () => {
    expect(formatRank(59, 61, 'vi')).toBe('59/61');
  });

  it('writes dates as dd/mm/yyyy', () => {
    expect(formatDate('2025-10-02')).toBe('02/10/2025');
  });

  it.each([
    [0, '00:00'],
    [59.9, '00:59'],
    [754, '12:34'],
    [3723, '1:02:03'],
  ])('writes %d seconds as a clock reads them: %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});

describe('formatFromTo', () => {
  it('holds "59 → 15" on one line: the spaces around the arrow do not break', () => {
    expect(formatFromTo('59', '15')).toBe('59\u00a0→\u00a015');
    expect(formatFromTo('81,13%', '85,00%')).not.toMatch(/ /);
  });
});
