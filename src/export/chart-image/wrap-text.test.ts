import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

const width = (text: string) => Array.from(text).length * 10;

describe('wrapText', () => {
  it.each([
    ['fits on one line', 'Cần Thơ 2024', 200, ['Cần Thơ 2024']],
    ['breaks between words', 'Chỉ số cải cách hành chính', 100, ['Chỉ số cải', 'cách hành', 'chính']],
    ['collapses whitespace', '  Nguồn:\n  Bộ   Nội vụ ', 200, ['Nguồn: Bộ Nội vụ']],
    ['cuts a word wider than the line', 'https://example.org/abcdef', 100, ['https://ex', 'ample.org/', 'abcdef']],
    ['keeps text after a cut word on the same line when it fits', 'abcdefghijkl xy', 100, ['abcdefghij', 'kl xy']],
    ['returns no lines for empty text', '   ', 100, []],
  ])('%s', (_, text, maxWidth, lines) => {
    expect(wrapText(text, maxWidth, width)).toEqual(lines);
  });

  it('composes decomposed Vietnamese (NFD) before measuring, so a letter and its marks stay together', () => {
    expect(wrapText('Ca\u0302\u0300n Tho\u031b', 70, width)).toEqual(['Cần Thơ']);
  });
});
