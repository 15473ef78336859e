/**
 * Folds text for searching: no diacritics, no case, đ → d, single spaces,
 * so "can tho", "CẦN THƠ" and a decomposed "Cần Thơ" all match "Cần Thơ".
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSearch(query: string, ...texts: string[]): boolean {
  const folded = foldForSearch(query);
  return folded === '' || texts.some((text) => foldForSearch(text).includes(folded));
}
