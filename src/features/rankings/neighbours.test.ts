import { describe, expect, it } from 'vitest';
import { neighbourCodes } from './neighbours';

const units = (n: number) => Array.from({ length: n }, (_, i) => `U${i + 1}`);

describe('neighbourCodes', () => {
  it.each([
    ['in the middle: 3 above, 3 below', 30, ['U27', 'U28', 'U29', 'U30', 'U31', 'U32', 'U33']],
    ['59 of 61: more from above, the window keeps 7 units', 59, ['U55', 'U56', 'U57', 'U58', 'U59', 'U60', 'U61']],
    ['last of 61', 61, ['U55', 'U56', 'U57', 'U58', 'U59', 'U60', 'U61']],
    ['first: more from below', 1, ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7']],
    ['second', 2, ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7']],
  ])('%s', (_, rank, expected) => {
    expect(neighbourCodes(units(61), `U${rank}`)).toEqual(expected);
  });

  it('takes the reach it is given', () => {
    expect(neighbourCodes(units(10), 'U5', 1)).toEqual(['U4', 'U5', 'U6']);
  });

  it('narrows nothing when the unit is absent or the list fits the window', () => {
    expect(neighbourCodes(units(61), 'P99')).toBeUndefined();
    expect(neighbourCodes(units(61), undefined)).toBeUndefined();
    expect(neighbourCodes(units(7), 'U3')).toBeUndefined();
  });
});
