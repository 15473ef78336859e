const collators = new Map<string, Intl.Collator>();

/**
 * Orders texts (names, titles) as the language does, through one collator per language and sensitivity for the session
 * (the plans' agencies sorted at build time as much as the views' lists): `a.localeCompare(b, 'vi')` looks its
 * collation up again at every comparison (sorting the catalogue's sources for the import form took ~18 ms of the task
 * that starts a 1M-row import). Codes, ids and ISO dates take `compareCodes` (text.ts).
 */
export function compareText(lang: 'vi' | 'en', sensitivity: Intl.CollatorOptions['sensitivity'] = 'variant'): (a: string, b: string) => number {
  const key = `${lang}:${sensitivity}`;
  let collator = collators.get(key);
  if (!collator) {
    collator = new Intl.Collator(lang, { sensitivity });
    collators.set(key, collator);
  }
  return collator.compare;
}
