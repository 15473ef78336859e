import { describe, expect, it } from 'vitest';
import { compareText } from './collate';

describe('compareText', () => {
  it('orders as the language does, as localeCompare would', () => {
    const names = ['Đồng Tháp', 'An Giang', 'Cần Thơ', 'Dak Lak', 'Bạc Liêu'];
    expect([...names].sort(compareText('vi'))).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
  });

  it('keeps one collator per language and sensitivity', () => {
    expect(compareText('vi')).toBe(compareText('vi'));
    expect(compareText('vi', 'base')).not.toBe(compareText('vi'));
    expect(compareText('vi', 'base')('Cần Thơ', 'cần thơ')).toBe(0);
    expect(compareText('vi')('Cần Thơ', 'cần thơ')).not.toBe(0);
  });
});
