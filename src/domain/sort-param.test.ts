import { describe, expect, it } from 'vitest';
import { sortParamCodec } from './sort-param';

const codec = sortParamCodec(['rank', 'score'] as const, { key: 'rank', descending: false });

describe('sortParamCodec', () => {
  it.each([
    [undefined, { key: 'rank', descending: false }],
    ['score', { key: 'score', descending: false }],
    ['-score', { key: 'score', descending: true }],
    ['-rank', { key: 'rank', descending: true }],
    ['nonsense', { key: 'rank', descending: false }],
    ['--score', { key: 'rank', descending: false }],
  ] as const)('reads %j as %j, and writes it back', (text, spec) => {
    expect(codec.parse(text)).toEqual(spec);
    expect(codec.parse(codec.serialize(spec))).toEqual(spec);
  });

  it('leaves the default out of the URL', () => {
    expect(codec.serialize({ key: 'rank', descending: false })).toBeUndefined();
    expect(codec.serialize({ key: 'score', descending: true })).toBe('-score');
  });
});
