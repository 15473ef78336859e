import { describe, expect, it } from 'vitest';
import { lastAssessedYear, predecessorsOf, successionChain } from './lineage';
import { tinyCatalog } from './testing/tiny-catalog';

describe('lineage', () => {
  const catalog = tinyCatalog();

  it('links old Cần Thơ to the Cần Thơ formed in 2025', () => {
    expect(successionChain(catalog, 'P59').map((u) => u.code)).toEqual(['P59', 'N25-can-tho']);
  });

  it('lists the three units merged into the new Cần Thơ', () => {
    expect(predecessorsOf(catalog, 'N25-can-tho').map((u) => u.code).sort()).toEqual(['P59', 'P60', 'P61']);
  });

  it('ends a district series in 2024 because the district level ended on 30/06/2025', () => {
    const district = catalog.units.get('CT-ninh-kieu');
    expect(district && lastAssessedYear(district)).toBe(2024);
  });

  it('gives no last year to a unit that still exists', () => {
    const hanoi = catalog.units.get('P01');
    expect(hanoi && lastAssessedYear(hanoi)).toBeUndefined();
  });
});
