import { assessmentsFor, unitsAssessed } from '@/domain/assessments';
import { foldForSearch } from '@/domain/text';
import type { Catalog, Unit, UnitLevel } from '@/domain/types';

// Province prefixes only: "Quận Ninh Kiều" must not become the ward "Phường Ninh Kiều" of 2025.
const PREFIXES = /^(thanh pho truc thuoc trung uong|thanh pho|tp|tinh|ubnd|province|city)\b\.?\s*/;
const ROMAN = /\b(phuong|quan) ([ivx]+)\b/g;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };
/** Names of one unit that differ past the prefixes: Thừa Thiên Huế is Thành phố Huế since 2025. */
const ALIASES: Record<string, string> = { thuathienhue: 'hue' };

function romanToArabic(numeral: string): number {
  const values = [...numeral].map((c) => ROMAN_VALUES[c] ?? 0);
  return values.reduce((sum, value, i) => sum + (value < (values[i + 1] ?? 0) ? -value : value), 0);
}

/** A name reduced to what identifies it: "TP. Cần Thơ", "Thành phố Cần Thơ", "can tho" → "cantho"; "Phường VII", "P. 7" → "phuong7". */
export function unitKey(name: string): string {
  let text = foldForSearch(name)
    .replace(/\(.*?\)/g, ' ')
    .replace(/\./g, '. ')
    .replace(/\s+/g, ' ')
    .replace(/^p\. /, 'phuong ')
    .replace(ROMAN, (_, prefix: string, numeral: string) => `${prefix} ${romanToArabic(numeral)}`)
    .trim();
  let previous = '';
  while (previous !== text) {
    previous = text;
    text = text.replace(PREFIXES, '').trim();
  }
  const key = text.replace(/[^a-z0-9]/g, '');
  return ALIASES[key] ?? key;
}

/** Names to codes; a name two units share is left out, never given to one of them by chance. */
function nameIndex(units: readonly Unit[]): Map<string, string | undefined> {
  const keys = new Map<string, string | undefined>();
  for (const unit of units) {
    for (const name of [unit.nameVi, unit.nameEn, unit.shortVi, unit.shortEn]) {
      const key = unitKey(name);
      if (key) keys.set(key, keys.has(key) && keys.get(key) !== unit.code ? undefined : unit.code);
    }
  }
  return keys;
}

/** The levels an index ranks in any year (district to 2024, commune from 2025 for the city's own index). */
function levelsOf(catalog: Catalog, index: string): UnitLevel[] {
  const levels = catalog.assessments.filter((row) => row.index === index).map((row) => row.level);
  return levels.length > 0 ? levels : [catalog.indices.get(index)?.unitLevel ?? 'province'];
}

/**
 * Finds the unit a name, a catalogue code or a national code refers to among the units the index
 * assessed in the year (assessments.csv), so "Cần Thơ" in a 2024 file is the pre-merger city and in
 * a 2025 file the merged one. A national code is matched only among those units: codes were reused
 * on 01/07/2025. A name of a unit the index did not assess that year ("Hậu Giang" in 2025) still
 * resolves to that unit, so the import can say it was not assessed and name its successor.
 */
export function unitResolver(catalog: Catalog, index: string, year: number): (name: string) => string | undefined {
  const wider = [...catalog.units.values()].filter((u) => u.level === 'nation' || u.level === 'region');
  const assessed = unitsAssessed(catalog, index, year);
  const levels = assessmentsFor(catalog, index, year).length > 0 ? [] : levelsOf(catalog, index);
  const current = nameIndex([...wider, ...assessed, ...[...catalog.units.values()].filter((u) => levels.includes(u.level))]);
  const former = nameIndex([...catalog.units.values()].filter((u) => levelsOf(catalog, index).includes(u.level)));
  const byGsoCode = new Map(assessed.flatMap((u) => (u.gsoCode ? [[u.gsoCode, u.code] as const] : [])));
  return (name) => {
    const trimmed = name.trim();
    if (catalog.units.has(trimmed)) return trimmed;
    if (byGsoCode.has(trimmed)) return byGsoCode.get(trimmed);
    const key = unitKey(trimmed);
    return current.has(key) ? current.get(key) : former.get(key);
  };
}
