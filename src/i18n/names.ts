import { compareText } from '@/domain/collate';
import type { Lang } from './format';

/** An item of the catalogue (unit, index, component, group, agency, task…) carrying a field in both languages. */
type Bilingual<F extends string> = Record<`${F}Vi` | `${F}En`, string>;

/** The item's field in the language: `localized(unit, 'name', 'vi')` is `unit.nameVi`. */
export function localized<F extends string>(item: Bilingual<F>, field: F, lang: Lang): string {
  return lang === 'vi' ? item[`${field}Vi`] : item[`${field}En`];
}

/** The full name in the language ("Thành phố Cần Thơ"). */
export const nameIn = (item: Bilingual<'name'>, lang: Lang): string => localized(item, 'name', lang);

/** Orders items by their full name in the language, as the language orders text. */
export function byNameIn(lang: Lang): (a: Bilingual<'name'>, b: Bilingual<'name'>) => number {
  const compare = compareText(lang);
  return (a, b) => compare(nameIn(a, lang), nameIn(b, lang));
}

/** The short name in the language ("Cần Thơ", "PAPI"). */
export const shortIn = (item: Bilingual<'short'>, lang: Lang): string => localized(item, 'short', lang);

/** The text of a task or a statement in the language. */
export const textIn = (item: Bilingual<'text'>, lang: Lang): string => localized(item, 'text', lang);

/** The name of the item with the code (a unit, agency, group…), or the code itself when the list does not hold it. */
export const nameOf = (items: ReadonlyMap<string, Bilingual<'name'>>, code: string, lang: Lang): string => {
  const item = items.get(code);
  return item ? nameIn(item, lang) : code;
};

/** The short name of the item with the code, or the code itself when the list does not hold it. */
export const shortOf = (items: ReadonlyMap<string, Bilingual<'short'>>, code: string, lang: Lang): string => {
  const item = items.get(code);
  return item ? shortIn(item, lang) : code;
};
