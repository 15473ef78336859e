import { describe, expect, it } from 'vitest';
import { parseCatalog } from './catalog';
import { firstAssessedYear, isAssessed, lastAssessedYear, unitsAssessed } from './assessments';
import { loadBundledCatalog } from './testing/bundled-data';
import { TINY_CATALOG_TEXTS, tinyCatalog } from './testing/tiny-catalog';

describe('who was assessed (bundled assessments.csv)', () => {
  const catalog = loadBundledCatalog();

  it.each([
    ['par', 2024, 'province', 63],
    ['par', 2025, 'province', 34],
    ['sipas', 2025, 'province', 34],
    ['papi', 2024, 'province', 63],
    ['papi', 2026, 'province', 34],
    ['ct-par', 2024, 'district', 9],
    ['ct-par', 2024, 'commune', 0],
    ['ct-par', 2025, 'district', 0],
    ['ct-par', 2025, 'commune', 103],
  ] as const)('%s %i: %i units at level %s', (index, year, level, count) => {
    expect(unitsAssessed(catalog, index, year, level)).toHaveLength(count);
  });

  it.each([
    ['P59', 2024, true],
    ['P59', 2025, false],
    ['P60', 2025, false],
    ['N25-can-tho', 2024, false],
    ['N25-can-tho', 2025, true],
    ['P01', 2025, true],
    ['N25-tay-ninh', 2025, true],
    ['P51', 2025, false],
  ] as const)('par: %s assessed in %i: %s', (code, year, expected) => {
    const unit = catalog.units.get(code);
    expect(unit && isAssessed(catalog, 'par', unit, year)).toBe(expected);
  });

  it('gives Tây Ninh the new code 80, the former code of Long An, only from 01/07/2025', () => {
    expect(unitsAssessed(catalog, 'par', 2025).filter((u) => u.gsoCode === '80').map((u) => u.code)).toEqual(['N25-tay-ninh']);
    expect(unitsAssessed(catalog, 'par', 2024).filter((u) => u.gsoCode === '80').map((u) => u.code)).toEqual(['P51']);
  });

  it.each([
    ['CT-ninh-kieu', 2024, undefined],
    ['P59', 2024, undefined],
    ['N25-can-tho', undefined, 2025],
    ['X25-31120', undefined, 2025],
    ['P01', undefined, undefined],
  ] as const)('%s: last assessed %s, first assessed %s', (code, last, first) => {
    const unit = catalog.units.get(code);
    expect(unit && [lastAssessedYear(catalog, unit), firstAssessedYear(catalog, unit)]).toEqual([last, first]);
  });

  it('shows the Mekong Delta after 2025 as inferred and Tây Ninh outside it', () => {
    const mekong = unitsAssessed(catalog, 'par', 2025).filter((u) => u.region === 'R-DBSCL');
    expect(mekong.map((u) => u.code).sort()).toEqual(['N25-an-giang', 'N25-ca-mau', 'N25-can-tho', 'N25-dong-thap', 'N25-vinh-long']);
    expect(mekong.every((u) => u.regionStatus === 'inferred')).toBe(true);
    expect(catalog.units.get('N25-tay-ninh')).toMatchObject({ region: 'R-DNB', regionStatus: 'inferred' });
    expect(catalog.units.get('P59')?.regionStatus).toBe('published');
  });
});

describe('the rule follows the file, not the calendar', () => {
  it('assesses the units valid on the day the file names', () => {
    const midYear = parseCatalog({ ...TINY_CATALOG_TEXTS, 'assessments.csv': 'index,from_year,to_year,level,units_valid_on,source,note\npar,2012,,province,06-30,s1,\n' }).catalog;
    const p59 = midYear?.units.get('P59');
    expect(midYear && p59 && isAssessed(midYear, 'par', p59, 2025)).toBe(true);
    expect(midYear && p59 && lastAssessedYear(midYear, p59)).toBe(2025);
  });

  it('ends a district series in 2024 and gives none to a unit that still exists', () => {
    const catalog = tinyCatalog();
    const district = catalog.units.get('CT-ninh-kieu');
    const hanoi = catalog.units.get('P01');
    expect(district && lastAssessedYear(catalog, district)).toBe(2024);
    expect(hanoi && lastAssessedYear(catalog, hanoi)).toBeUndefined();
  });
});
