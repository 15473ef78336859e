import { assessmentsFor, levelsAssessed, unitsAssessed } from '@/domain/assessments';
import { foldForSearch } from '@/domain/text';
import type { Catalog, Unit } from '@/domain/types';

// Province prefixes only: "Quận Ninh Kiều" must not become the ward "Phường Ninh Kiều" of 2025.
const PREFIXES = /^(thanh pho truc thuoc trung uong|thanh pho|tp|tinh|ubnd|uy ban nhan dan|province|city)\b\.?\s*/;
const ROMAN = /\b(phuong|quan) ([ivx]+)\b/g;
/** A numbered name written in capital Roman numerals, "Xã Vị Thanh I": read before folding, so a syllable such as "Vi" is never a numeral. */
const TRAILING_ROMAN = /\s([IVX]+)$/;
const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10 };
/** Names of one unit that differ past the prefixes: Thừa Thiên Huế is Thành phố Huế since 2025. */
const ALIASES: Record<string, string> = { thuathienhue: 'hue' };

function romanToArabic(numeral: string): number {
  const values = [...numeral].map((c) => ROMAN_VALUES[c] ?? 0);
  return values.reduce((sum, value, i) => sum + (value < (values[i + 1] ?? 0) ? -value : value), 0);
}

/** A name reduced to what identifies it: "TP. Cần Thơ", "Thành phố Cần Thơ", "can tho" → "cantho"; "Phường VII", "P. 7" → "phuong7"; "UBND Xã Vị Thanh I" → "xavithanh1". */
export function unitKey(name: string): string {
  const numbered = name.trim().replace(TRAILING_ROMAN, (_, numeral: string) => ` ${romanToArabic(numeral.toLowerCase())}`);
  let text = foldForSearch(numbered)
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

/** The names and national codes unitResolver reads, of the units the index assessed in the year and of its levels. */
function namesOf(catalog: Catalog, index: string, year: number) {
  const wider = [...catalog.units.values()].filter((u) => u.level === 'nation' || u.level === 'region');
  const assessed = unitsAssessed(catalog, index, year);
  const levels = assessmentsFor(catalog, index, year).length > 0 ? [] : levelsAssessed(catalog, index);
  return {
    current: nameIndex([...wider, ...assessed, ...[...catalog.units.values()].filter((u) => levels.includes(u.level))]),
    former: nameIndex([...catalog.units.values()].filter((u) => levelsAssessed(catalog, index).includes(u.level))),
    byGsoCode: new Map(assessed.flatMap((u) => (u.gsoCode ? [[u.gsoCode, u.code] as const] : []))),
  };
}

/**
 * Finds the unit a name, a catalogue code or a national code refers to among the units the index
 * assessed in the year (assessments.csv), so "Cần Thơ" in a 2024 file is the pre-merger city and in
 * a 2025 file the merged one. A national code is matched only among those units: codes were reused
 * on 01/07/2025. A name of a unit the index did not assess that year ("Hậu Giang" in 2025) still
 * resolves to that unit, so the import can say it was not assessed and name its successor.
 */
export function unitResolver(catalog: Catalog, index: string, year: number): (name: string) => string | undefined {
  // Made at the first name that is not a catalogue code: a file of codes needs none of it.
  let names: ReturnType<typeof namesOf> | undefined;
  return (name) => {
    const trimmed = name.trim();
    if (catalog.units.has(trimmed)) return trimmed;
    const { byGsoCode, current, former } = (names ??= namesOf(catalog, index, year));
    if (byGsoCode.has(trimmed)) return byGsoCode.get(trimmed);
    const key = unitKey(trimmed);
    return current.has(key) ? current.get(key) : former.get(key);
  };
}
