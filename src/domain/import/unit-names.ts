import { assessedIn } from '@/domain/lineage';
import { foldForSearch } from '@/domain/text';
import type { Catalog, UnitLevel } from '@/domain/types';

const PREFIXES = /^(thanh pho truc thuoc trung uong|thanh pho|tp|tinh|quan|huyen|thi xa|ubnd|province|city)\b\.?\s*/;

/** A name reduced to what identifies it: "TP. Cần Thơ", "Thành phố Cần Thơ", "can tho" → "cantho". */
export function unitKey(name: string): string {
  let text = foldForSearch(name).replace(/\(.*?\)/g, ' ').replace(/\./g, '. ').trim();
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(PREFIXES, '').trim();
  }
  return text.replace(/[^a-z0-9]/g, '');
}

/**
 * Finds the unit a name (or code) refers to among the units of a level that existed in the year,
 * so "Cần Thơ" in a 2024 file is the pre-merger city and in a 2025 file the merged one.
 */
export function unitResolver(catalog: Catalog, year: number, level: UnitLevel): (name: string) => string | undefined {
  const keys = new Map<string, string>();
  for (const unit of catalog.units.values()) {
    if (unit.level !== level && unit.level !== 'nation' && unit.level !== 'region') continue;
    if (!assessedIn(unit, year)) continue;
    for (const name of [unit.nameVi, unit.nameEn, unit.shortVi, unit.shortEn]) {
      const key = unitKey(name);
      if (key && !keys.has(key)) keys.set(key, unit.code);
    }
  }
  return (name) => {
    const trimmed = name.trim();
    if (catalog.units.has(trimmed)) return trimmed;
    return keys.get(unitKey(trimmed));
  };
}
