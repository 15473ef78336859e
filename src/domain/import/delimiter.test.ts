import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter';

describe('detectDelimiter', () => {
  it.each([
    ['unit,component,score\nP59,total,89.13', ','],
    ['Tỉnh;Điểm;Hạng\nCần Thơ;89,13;22', ';'],
    ['Tỉnh\tĐiểm\nCần Thơ\t89,13', '\t'],
    ['KẾT QUẢ PAR INDEX 2024\n\nTỉnh;Điểm;Hạng\nCần Thơ;89,13;22', ';'],
    ['"Tỉnh, thành phố";Điểm\n"Cần Thơ";89,13', ';'],
    ['\uFEFFa,b\n1,2', ','],
  ])('detects the separator of %j', (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });
});
