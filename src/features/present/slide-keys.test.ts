import { describe, expect, it } from 'vitest';
import { moveTo, slideAction } from './slide-keys';

const body = { tagName: 'BODY' };

describe('presentation keys', () => {
  it('move with the keyboard and with clickers', () => {
    expect(['ArrowRight', ' ', 'PageDown'].map((key) => slideAction(key, body, false))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((key) => slideAction(key, body, false))).toEqual(['previous', 'previous']);
    expect([slideAction('Home', body, false), slideAction('End', body, false), slideAction('Escape', body, false)]).toEqual(['first', 'last', 'exit']);
  });

  it('leave typing, pressed buttons and shortcuts of the browser alone', () => {
    expect(slideAction('ArrowRight', { tagName: 'INPUT' }, false)).toBeUndefined();
    expect(slideAction(' ', { tagName: 'BUTTON' }, false)).toBeUndefined();
    expect(slideAction('ArrowRight', { tagName: 'BUTTON' }, false)).toBe('next');
    expect(slideAction('ArrowLeft', body, true)).toBeUndefined();
  });

  it('stay within the deck', () => {
    expect(moveTo('next', 14, 14)).toBe(14);
    expect(moveTo('previous', 1, 14)).toBe(1);
    expect(moveTo('last', 3, 14)).toBe(14);
    expect(moveTo('first', 9, 14)).toBe(1);
  });
});
