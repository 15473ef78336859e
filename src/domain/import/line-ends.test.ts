import { describe, expect, it } from 'vitest';
import { lineEndNormaliser } from './line-ends';

const inPieces = (text: string, size: number) => {
  const lineEnds = lineEndNormaliser();
  let out = '';
  for (let at = 0; at < text.length; at += size) out += lineEnds.push(text.slice(at, at + size));
  return out + lineEnds.end();
};

describe('lineEndNormaliser', () => {
  it.each([
    ['LF', 'a\nb\n', 'a\nb\n'],
    ['CRLF', 'a\r\nb\r\n', 'a\nb\n'],
    ['CR', 'a\rb\r', 'a\nb\n'],
    ['mixed', 'a\r\nb\nc\rd', 'a\nb\nc\nd'],
    ['a blank line of each kind', 'a\r\n\r\n\n\r\rb', 'a\n\n\n\n\nb'],
  ])('turns %s into LF, whatever the pieces', (_, text, expected) => {
    for (const size of [1, 2, 3, text.length]) expect(inPieces(text, size)).toBe(expected);
  });

  it('holds a CR ending a piece until it knows whether LF follows', () => {
    const lineEnds = lineEndNormaliser();
    expect(lineEnds.push('a\r')).toBe('a');
    expect(lineEnds.push('\nb\r')).toBe('\nb');
    expect(lineEnds.push('c')).toBe('\nc');
    expect(lineEnds.end()).toBe('');
  });
});
