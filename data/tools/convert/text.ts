export function asciiKebab(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function uniq<T>(list: readonly T[]): T[] {
  return [...new Set(list)];
}

/** Source ids as a cell: distinct, blanks left out, joined by ';'. */
export function joinIds(list: readonly string[]): string {
  return uniq(list.filter(Boolean)).join(';');
}

export function charLen(s: string): number {
  return [...s.normalize('NFC')].length;
}

export function byCode(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
