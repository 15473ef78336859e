import { describe, expect, it } from 'vitest';
import { dec, fmtDec, roundText } from './decimal';

describe('decimal handling', () => {
  it.each([
    ['4.1234565', 6, '4.123457'],
    ['4.1234564999', 6, '4.123456'],
    ['0.0000005', 6, '0.000001'],
    ['9.9999995', 6, '10.000000'],
    ['40.4415', 3, '40.442'],
    ['10', 2, '10.00'],
  ])('rounds %s half-up to %i decimals: %s', (text, places, expected) => {
    expect(roundText(text, places, 'test')).toBe(expected);
  });

  it('adds exactly where floating point would not (0.1 + 0.2 = 0.3)', () => {
    expect(fmtDec(dec('0.1', 'a') + dec('0.2', 'b'), 6)).toBe('0.300000');
  });

  it.each(['-1.5', '1,5', '1e3', '', ' 2', '.5', '0.1234567890123'])("refuses '%s'", (text) => {
    expect(() => dec(text, 'papi/raw/2020.csv P59 SC11')).toThrow(/papi\/raw\/2020.csv P59 SC11/);
  });
});
