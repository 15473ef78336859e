import { describe, expect, it } from 'vitest';
import { refsForUnits, type GroupPick } from './group-refs';

// Made-up codes, not real data: only membership matters.
const groups: GroupPick[] = [
  { codes: ['C1', 'C2', 'CT'], reference: 'peers' },
  { codes: ['M1', 'M2', 'CT'], reference: 'region' },
];

describe('refsForUnits', () => {
  it('picking the cities shows their mean instead of the region\'s', () => {
    expect(refsForUnits(['CT', 'C2', 'C1'], ['national', 'region'], groups)).toEqual(['national', 'peers']);
  });
  it('picking the region shows its mean instead of the cities\'', () => {
    expect(refsForUnits(['M1', 'M2', 'CT'], ['national', 'peers', 'best'], groups)).toEqual(['national', 'best', 'region']);
  });
  it('any other choice leaves the lines alone', () => {
    expect(refsForUnits(['CT', 'C1'], ['national', 'region'], groups)).toEqual(['national', 'region']);
  });
});
