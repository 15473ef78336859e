import { describe, expect, it } from 'vitest';
import { derivedField } from './derived';

describe('derivedField', () => {
  it.each<[string | undefined, 'score' | 'rank', boolean]>([
    ['rank: 22 + 20 = 42 (2024 rank 22 was reported as up 20 places).', 'rank', true],
    ['rank: 22 + 20 = 42 (2024 rank 22 was reported as up 20 places).', 'score', false],
    ['score: 90.09 - 1.03 = 89.06 | rank_of: all 63 provinces', 'score', true],
    ['rank_of: all 63 provinces ranked', 'rank', false],
    ['rank_of: x | rank: Lowest of 63.', 'rank', true],
    ['', 'rank', false],
    [undefined, 'rank', false],
  ])('%j: %s derived = %s', (derivation, field, derived) => {
    expect(derivedField(derivation, field)).toBe(derived);
  });
});
