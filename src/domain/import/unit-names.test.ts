import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { unitKey, unitResolver } from './unit-names';

describe('unit names', () => {
  it.each(['TP. Cần Thơ', 'Cần Thơ', 'Thành phố Cần Thơ', 'thanh pho can tho', 'CẦN THƠ', 'Cần Thơ'.normalize('NFD'), 'TP Cần Thơ', 'Can Tho', 'Cần Thơ (từ 2025)'])(
    '"%s" is Cần Thơ',
    (name) => {
      expect(unitKey(name)).toBe('cantho');
    },
  );

  it.each([
    ['Phường VII', 'Phường 7'],
    ['Phường XII', 'P. 12'],
    ['Quận IV', 'Quận 4'],
    ['Quận Ninh Kiều', 'quan ninh kieu'],
    ['Xã Hoà An', 'Xã Hòa An'],
    ['Phường Bình Thuỷ', 'Phường Bình Thủy'],
    ['Thành phố Huế', 'Thừa Thiên Huế'],
  ])('"%s" and "%s" are one name', (a, b) => {
    expect(unitKey(a)).toBe(unitKey(b));
  });

  it('keeps names that only look like Roman numerals', () => {
    expect(unitKey('Xã Vị Thủy')).toBe('xavithuy');
  });

  it('resolves names and codes to the unit assessed that year (tiny catalogue)', () => {
    const in2024 = unitResolver(tinyCatalog(), 'par', 2024);
    expect(in2024('TP. Cần Thơ')).toBe('P59');
    expect(in2024('P01')).toBe('P01');
    expect(in2024('Hà Nội')).toBe('P01');
    expect(in2024('Cả nước')).toBe('VN');
    expect(in2024('Atlantis')).toBeUndefined();
    expect(unitResolver(tinyCatalog(), 'par', 2025)('Cần Thơ')).toBe('N25-can-tho');
  });

  it('does not give a district for a province name', () => {
    expect(unitResolver(tinyCatalog(), 'par', 2024)('Ninh Kiều')).toBeUndefined();
    expect(unitResolver(tinyCatalog(), 'ct-par', 2024)('Quận Ninh Kiều')).toBe('CT-ninh-kieu');
  });
});

describe('unit names across 01/07/2025 (bundled catalogue)', () => {
  const catalog = loadBundledCatalog();

  it.each([
    ['par', 2024, 'TP. Cần Thơ', 'P59'],
    ['par', 2024, 'Thành phố Cần Thơ', 'P59'],
    ['par', 2024, 'Cần Thơ', 'P59'],
    ['par', 2024, 'Tỉnh Đắk Lắk', 'P42'],
    ['par', 2024, 'Thành phố Huế', 'P31'],
    ['par', 2024, 'Tỉnh Khánh Hoà', 'P37'],
    ['par', 2024, 'Tỉnh Hậu Giang', 'P60'],
    ['par', 2024, '92', 'P59'],
    ['par', 2024, '80', 'P51'],
    ['par', 2025, 'TP. Cần Thơ', 'N25-can-tho'],
    ['par', 2025, 'Thành phố Cần Thơ', 'N25-can-tho'],
    ['par', 2025, 'Cần Thơ', 'N25-can-tho'],
    ['par', 2025, 'Cần Thơ'.normalize('NFD'), 'N25-can-tho'],
    ['par', 2025, 'Tỉnh Đắk Lắk', 'N25-dak-lak'],
    ['par', 2025, 'Đắk Lắk', 'N25-dak-lak'],
    ['par', 2025, 'Đắk Lắk (từ 2025)', 'N25-dak-lak'],
    ['par', 2025, 'Thành phố Huế', 'P31'],
    ['par', 2025, 'Tỉnh Khánh Hoà', 'N25-khanh-hoa'],
    ['par', 2025, 'Thành phố Hồ Chí Minh', 'N25-ho-chi-minh-city'],
    ['par', 2025, 'Tỉnh Tây Ninh', 'N25-tay-ninh'],
    ['par', 2025, '92', 'N25-can-tho'],
    ['par', 2025, '80', 'N25-tay-ninh'],
    ['papi', 2025, 'Hà Nội', 'P01'],
    ['ct-par', 2024, 'Quận Ninh Kiều', 'CT-ninh-kieu'],
    ['ct-par', 2025, 'Phường Cái Khế', 'X25-31120'],
    ['ct-par', 2025, 'P. Cái Khế', 'X25-31120'],
    ['ct-par', 2025, 'Xã Hoà An', 'X25-31393'],
    ['ct-par', 2025, 'Phường Bình Thuỷ', 'X25-31168'],
    ['ct-par', 2025, '31120', 'X25-31120'],
  ] as const)('%s %i: "%s" is %s', (index, year, name, code) => {
    expect(unitResolver(catalog, index, year)(name)).toBe(code);
  });

  it('resolves a pre-merger name in 2025 to the former unit, so the import can report it', () => {
    expect(unitResolver(catalog, 'par', 2025)('Hậu Giang')).toBe('P60');
    expect(unitResolver(catalog, 'ct-par', 2025)('Quận Ninh Kiều')).toBe('CT-ninh-kieu');
  });

  it('does not match a 2025 commune code in 2024, when it was another unit', () => {
    expect(unitResolver(catalog, 'ct-par', 2024)('31120')).toBeUndefined();
    expect(unitResolver(catalog, 'ct-par', 2025)('Phường An Hòa')).toBeUndefined();
  });
});
