import { describe, expect, it } from 'vitest';
import { canonicalNumber, decimalMarkOf, detectNumberConvention, fallbackDecimalFor, parseLocaleNumber, UNREADABLE_NUMBER } from './locale-number';

describe('parseLocaleNumber', () => {
  it.each([
    ['85,5', 'comma', 85.5],
    ['85.5', 'point', 85.5],
    ['1.234,5', 'comma', 1234.5],
    ['1,234.5', 'point', 1234.5],
    ['89,13%', 'comma', 89.13],
    [' 40,44 ', 'comma', 40.44],
    ['\u22121,14', 'comma', -1.14],
    ['+25', 'point', 25],
    ['1 234,5', 'comma', 1234.5],
    ['63', 'comma', 63],
    ['63', 'point', 63],
    ['007', 'point', 7],
    ['-0,5', 'comma', -0.5],
  ] as const)('reads "%s" with a decimal %s as %d', (raw, mark, value) => {
    expect(parseLocaleNumber(raw, mark)).toBe(value);
  });

  it.each(['8,5x', '', 'abc', '1,2,3', '--1', '1.23.4,5', '%'])('refuses "%s" with either mark', (raw) => {
    expect(parseLocaleNumber(raw, 'comma')).toBeUndefined();
    expect(parseLocaleNumber(raw, 'point')).toBeUndefined();
  });

  it('follows the decimal mark of the file', () => {
    expect(parseLocaleNumber('1.234', 'comma')).toBe(1234);
    expect(parseLocaleNumber('1,234', 'point')).toBe(1234);
    expect(parseLocaleNumber('1,234', 'comma')).toBe(1.234);
    expect(parseLocaleNumber('85.5', 'comma')).toBeUndefined();
  });
});

describe('canonicalNumber', () => {
  it('writes numbers the canonical way and leaves what it cannot read for the validator', () => {
    expect(canonicalNumber('89,13%', 'comma')).toBe('89.13');
    expect(canonicalNumber('', 'comma')).toBe('');
    expect(canonicalNumber('8,5x', 'comma')).toBe(UNREADABLE_NUMBER);
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

describe('canonicalNumber of plain digits', () => {
  it('keeps plain digits as written, with a decimal point, and reads them as the same numbers', () => {
    expect(canonicalNumber('85.50', 'point')).toBe('85.50');
    expect(canonicalNumber('85,50', 'comma')).toBe('85.50');
    expect(canonicalNumber('007', 'point')).toBe('007');
    expect(Number(canonicalNumber('85,50', 'comma'))).toBe(85.5);
  });

  it('writes a sign, a tiny value and a huge one as a number again, as before', () => {
    expect(canonicalNumber('-0', 'point')).toBe('0');
    expect(canonicalNumber('0,0000001', 'comma')).toBe('1e-7');
    expect(canonicalNumber('1234567890123456789012', 'point')).toBe('1.2345678901234568e+21');
  });
});
