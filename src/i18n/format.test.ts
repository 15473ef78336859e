import { describe, expect, it } from 'vitest';
import { formatDate, formatDecimal, formatInteger, formatList, formatNumber, formatRank, formatScore, formatSigned } from './format';

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

  it('groups thousands the Vietnamese way', () => {
    expect(formatInteger(36525, 'vi')).toBe('36.525');
    expect(formatInteger(36525, 'en')).toBe('36,525');
    expect(formatNumber(1234.5, 'vi', 1)).toBe('1.234,5');
  });

  it('lists names the way each language does', () => {
    expect(formatList(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng'], 'vi')).toBe('Cần Thơ, Hậu Giang và Sóc Trăng');
    expect(formatList(['Can Tho', 'Hau Giang', 'Soc Trang'], 'en')).toBe('Can Tho, Hau Giang and Soc Trang');
  });

  it('signs a change with a true minus sign, and none when it rounds to zero', () => {
    expect(formatSigned(0.27, 'vi')).toBe('+0,27');
    expect(formatSigned(-1.14, 'vi')).toBe('\u22121,14');
    expect(formatSigned(-0.001, 'en')).toBe('0.00');
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
});
