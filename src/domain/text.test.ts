import { describe, expect, it } from 'vitest';
import { foldForSearch, matchesSearch } from './text';

describe('search folding', () => {
  it.each(['can tho', 'CẦN THƠ', 'Cần Thơ'.normalize('NFD'), '  cần   thơ '])('"%s" finds Cần Thơ', (query) => {
    expect(matchesSearch(query, 'Cần Thơ')).toBe(true);
  });

  it('folds đ to d', () => {
    expect(foldForSearch('Đồng Tháp')).toBe('dong thap');
    expect(matchesSearch('da nang', 'Đà Nẵng')).toBe(true);
  });

  it('matches any of the given names and everything for an empty query', () => {
    expect(matchesSearch('hcmc', 'TP. Hồ Chí Minh', 'HCMC')).toBe(true);
    expect(matchesSearch('', 'x')).toBe(true);
    expect(matchesSearch('hue', 'Cần Thơ')).toBe(false);
  });
});
