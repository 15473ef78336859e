import { describe, expect, it } from 'vitest';
import { addSlide, moveSlide, removeSlide } from './deck-edit';

const deck = { codes: ['a', 'b', 'c', 'd', 'e'], current: 2 };

describe('editing a deck keeps the slide shown', () => {
  it.each([
    ['the slide shown moves with itself', 1, 4, ['a', 'c', 'd', 'e', 'b'], 5],
    ['a slide before it moving after it', 0, 3, ['b', 'c', 'd', 'a', 'e'], 1],
    ['a slide after it moving before it', 3, 0, ['d', 'a', 'b', 'c', 'e'], 3],
    ['a move that does not cross it', 2, 4, ['a', 'b', 'd', 'e', 'c'], 2],
  ])('%s', (_, from, to, codes, current) => {
    const next = moveSlide(deck, from, to);
    expect(next).toEqual({ codes, current });
    expect(next.codes[next.current - 1]).toBe('b');
  });

  it('refuses a move out of the deck', () => {
    expect(moveSlide(deck, 1, 9)).toEqual(deck);
  });

  it('drops a slide: the shown one stays, or its successor when it was dropped', () => {
    expect(removeSlide(deck, 0)).toEqual({ codes: ['b', 'c', 'd', 'e'], current: 1 });
    expect(removeSlide(deck, 3)).toEqual({ codes: ['a', 'b', 'c', 'e'], current: 2 });
    expect(removeSlide(deck, 1)).toEqual({ codes: ['a', 'c', 'd', 'e'], current: 2 });
    expect(removeSlide({ codes: ['a', 'b'], current: 2 }, 1)).toEqual({ codes: ['a'], current: 1 });
    expect(removeSlide({ codes: ['a'], current: 1 }, 0)).toEqual({ codes: ['a'], current: 1 });
  });

  it('adds at the end without leaving the slide shown', () => {
    expect(addSlide(deck, 'f')).toEqual({ codes: ['a', 'b', 'c', 'd', 'e', 'f'], current: 2 });
  });
});
