import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { unitKey, unitResolver } from './unit-names';

describe('unit names', () => {
  it.each(['TP. Cần Thơ', 'Cần Thơ', 'Thành phố Cần Thơ', 'thanh pho can tho', 'CẦN THƠ', 'Cần Thơ'.normalize('NFD'), 'TP Cần Thơ', 'Can Tho'])(
    '"%s" is Cần Thơ',
    (name) => {
      expect(unitKey(name)).toBe('cantho');
    },
  );

  it('resolves names and codes to the unit that existed that year', () => {
    const in2024 = unitResolver(tinyCatalog(), 2024, 'province');
    expect(in2024('TP. Cần Thơ')).toBe('P59');
    expect(in2024('P01')).toBe('P01');
    expect(in2024('Hà Nội')).toBe('P01');
    expect(in2024('Cả nước')).toBe('VN');
    expect(in2024('Atlantis')).toBeUndefined();
    const in2026 = unitResolver(tinyCatalog(), 2026, 'province');
    expect(in2026('Cần Thơ')).toBe('N25-can-tho');
  });

  it('does not give a district for a province name', () => {
    expect(unitResolver(tinyCatalog(), 2024, 'province')('Ninh Kiều')).toBeUndefined();
    expect(unitResolver(tinyCatalog(), 2024, 'district')('Quận Ninh Kiều')).toBe('CT-ninh-kieu');
  });
});
