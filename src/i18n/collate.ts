import type { Lang } from './format';

const collators = new Map<string, Intl.Collator>();

/**
 * Orders texts (names, titles) as the language does, through one collator per language and sensitivity for the session:
 * `a.localeCompare(b, 'vi')` looks its collation up again at every comparison (sorting the catalogue's sources for
 * the import form took ~18 ms of the task that starts a 1M-row import).
 */
export function compareText(lang: Lang, sensitivity: Intl.CollatorOptions['sensitivity'] = 'variant'): (a: string, b: string) => number {
  const key = `${lang}:${sensitivity}`;
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity });
    collators.set(key, collator);
  }
  return collator.compare;
}
