import { describe, expect, it } from 'vitest';
import { canonicalNumber, decimalMarkOf, detectNumberConvention, fallbackDecimalFor, parseLocaleNumber, UNREADABLE_NUMBER } from './locale-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['85,5', 85.5],
    ['85.5', 85.5],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['89,13%', 89.13],
    [' 40,44 ', 40.44],
    ['\u22121,14', -1.14],
    ['+25', 25],
    ['1 234,5', 1234.5],
    ['63', 63],
  ])('reads "%s" as %d', (raw, value) => {
    expect(parseLocaleNumber(raw)).toBe(value);
  });

  it.each(['8,5x', '', 'abc', '1,2,3', '--1', '1.23.4,5', '%'])('refuses "%s"', (raw) => {
    expect(parseLocaleNumber(raw)).toBeUndefined();
  });

  it('follows a chosen decimal mark', () => {
    expect(parseLocaleNumber('1.234', 'comma')).toBe(1234);
    expect(parseLocaleNumber('1,234', 'point')).toBe(1234);
    expect(parseLocaleNumber('1,234', 'auto')).toBe(1.234);
  });
});

describe('canonicalNumber', () => {
  it('writes numbers the canonical way and leaves what it cannot read for the validator', () => {
    expect(canonicalNumber('89,13%')).toBe('89.13');
    expect(canonicalNumber('')).toBe('');
    expect(canonicalNumber('8,5x')).toBe(UNREADABLE_NUMBER);
    expect(canonicalNumber('85.5', 'comma')).toBe(UNREADABLE_NUMBER);
  });
});

describe('decimalMarkOf', () => {
  it.each([
    ['89,13', 'comma'],
    ['89,13%', 'comma'],
    ['85.5', 'point'],
    ['1.234,5', 'comma'],
    ['1,234.5', 'point'],
    ['1.234.567', 'comma'],
    ['1,234,567', 'point'],
    ['1.085', undefined],
    ['1,085', undefined],
    ['63', undefined],
    ['Cần Thơ', undefined],
    ['', undefined],
  ] as const)('"%s" proves %s', (raw, mark) => {
    expect(decimalMarkOf(raw)).toBe(mark);
  });
});

describe('detectNumberConvention', () => {
  it.each([
    [['Cần Thơ', '89,13', '22'], ';', { decimal: 'comma', basis: 'detected', example: '89,13' }],
    [['1.085', '85.5'], ',', { decimal: 'point', basis: 'detected', example: '85.5' }],
    [['1.085', '63'], ';', { decimal: 'comma', basis: 'assumed' }],
    [['1.085', '63'], '\t', { decimal: 'comma', basis: 'assumed' }],
    [['1,085', '63'], ',', { decimal: 'point', basis: 'assumed' }],
    [['1.234,5', '40,44', '85.5'], ';', { decimal: 'comma', basis: 'detected', example: '1.234,5' }],
  ] as const)('%j separated by "%s" → %j', (cells, delimiter, convention) => {
    expect(detectNumberConvention(cells, fallbackDecimalFor(delimiter))).toEqual(convention);
  });
});
