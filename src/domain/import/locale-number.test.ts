import { describe, expect, it } from 'vitest';
import { canonicalNumber, parseLocaleNumber } from './locale-number';

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
    expect(canonicalNumber('8,5x')).toBe('8,5x');
  });
});
