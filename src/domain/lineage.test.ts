import { describe, expect, it } from 'vitest';
import { formerUnitsOf, linksFromFormer, predecessorsOf, successionChain } from './lineage';
import { loadBundledCatalog } from './testing/bundled-data';
import { tinyCatalog } from './testing/tiny-catalog';

describe('lineage', () => {
  const catalog = tinyCatalog();

  it('links old Cần Thơ to the Cần Thơ formed in 2025', () => {
    expect(successionChain(catalog, 'P59').map((u) => u.code)).toEqual(['P59', 'N25-can-tho']);
  });

  it('lists the three units merged into the new Cần Thơ', () => {
    expect(predecessorsOf(catalog, 'N25-can-tho').map((u) => u.code).sort()).toEqual(['P59', 'P60', 'P61']);
  });
});

describe('lineage of the bundled catalogue', () => {
  const catalog = loadBundledCatalog();

  it('gives the new Cần Thơ its three former provinces, with their former codes', () => {
    expect(predecessorsOf(catalog, 'N25-can-tho').map((u) => u.code)).toEqual(['P59', 'P60', 'P61']);
    expect(formerUnitsOf(catalog, 'N25-can-tho').map((l) => [l.predecessor, l.predecessorGsoCode, l.part])).toEqual([
      ['P59', '92', 'whole'],
      ['P60', '93', 'whole'],
      ['P61', '94', 'whole'],
    ]);
  });

  it.each([
    ['31178', 'Phường Bùi Hữu Nghĩa', ['X25-31120', 'X25-31168']],
    ['31183', 'Phường Long Tuyền', ['X25-31150', 'X25-31183']],
    ['31207', 'Phường Thốt Nốt', ['X25-31207', 'X25-31228']],
  ])('splits the former ward %s (%s) between two new units, each given a part', (code, name, units) => {
    const links = linksFromFormer(catalog, code);
    expect(links.map((l) => l.unit).sort()).toEqual(units);
    expect(links.every((l) => l.part === 'part' && l.predecessorName === name)).toBe(true);
  });

  it('keeps a reused code apart: 31120 was Phường An Hòa and is now Phường Cái Khế', () => {
    expect(catalog.units.get('X25-31120')).toMatchObject({ nameVi: 'Phường Cái Khế', gsoCode: '31120', validFrom: '2025-07-01', parent: 'N25-can-tho' });
    expect(formerUnitsOf(catalog, 'X25-31120').map((l) => [l.predecessorName, l.predecessorGsoCode, l.part])).toEqual([
      ['Phường Cái Khế', '31117', 'whole'],
      ['Phường An Hòa', '31120', 'whole'],
      ['Phường Bùi Hữu Nghĩa', '31178', 'part'],
    ]);
  });

  it('gives every one of the 103 communes and wards at least one former unit', () => {
    const communes = [...catalog.units.values()].filter((u) => u.level === 'commune');
    expect(communes).toHaveLength(103);
    expect(communes.filter((u) => u.nameVi.startsWith('Phường '))).toHaveLength(31);
    expect(communes.filter((u) => formerUnitsOf(catalog, u.code).length === 0)).toEqual([]);
  });
});
