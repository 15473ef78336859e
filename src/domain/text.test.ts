import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from './testing/bundled-data';
import { compareCodes, foldForSearch, matchesSearch } from './text';

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

describe('ordering codes', () => {
  const catalog = loadBundledCatalog();
  it.each([
    ['unit', [...catalog.units.keys()]],
    ['component', [...catalog.components.values()].map((c) => c.code)],
    ['index', [...catalog.indices.keys()]],
    ['ISO date', ['2025-07-01', '2024-12-31T23:59:00Z', '2024-12-31T08:00:00Z', '2019-01-02']],
  ])('puts the bundled %s codes in the order localeCompare gives', (_kind, codes) => {
    expect(codes.length).toBeGreaterThan(3);
    expect([...codes].sort(compareCodes)).toEqual([...codes].sort((a, b) => a.localeCompare(b)));
  });
});
