import { describe, expect, it } from 'vitest';
import { isDeckMessage } from './use-deck-sync';

describe('messages between the presentation windows', () => {
  it.each([
    [{ kind: 'hello' }, true],
    [{ kind: 'state', deck: undefined, slide: 3 }, true],
    [{ kind: 'state', deck: ['title', 'trend.papi'], slide: 1 }, true],
    [{ kind: 'state', deck: ['title', 7], slide: 1 }, false],
    [{ kind: 'state', deck: undefined, slide: '3' }, false],
    [{ kind: 'state', slide: 3 }, false],
    [{ kind: 'goto', slide: 3 }, false],
    ['hello', false],
    [null, false],
  ])('%j is a deck message: %s', (message, expected) => {
    expect(isDeckMessage(message)).toBe(expected);
  });
});
