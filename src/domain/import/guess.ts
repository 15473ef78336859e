import { foldForSearch } from '@/domain/text';
import type { Catalog } from '@/domain/types';

/** Index and year named in a file name ("papi-2025.csv", "PAR INDEX 2025 (63 tỉnh).csv"), if any. */
export function guessIndexYear(fileName: string, catalog: Catalog): { index?: string; year?: number } {
  const name = foldForSearch(fileName).replace(/[^a-z0-9]+/g, ' ');
  const codes = [...catalog.indices.keys()].sort((a, b) => b.length - a.length);
  const index = codes.find((code) => new RegExp(`(^| )${code.replace(/-/g, ' ')}( |$)`).test(name));
  const year = /(^|\D)((19|20)\d{2})(\D|$)/.exec(fileName)?.[2];
  return { index, year: year ? Number(year) : undefined };
}

/** A stable id for a source typed in during an import. */
export function userSourceId(title: string, url: string): string {
  const slug = foldForSearch(title).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  let hash = 0;
  for (const char of `${title}|${url}`) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return `user-${slug || 'source'}-${hash.toString(36)}`;
}

/** A source address as typed, when it is a web page (http or https); any other scheme is never stored. */
export function webAddress(typed: string): string | undefined {
  try {
    const url = new URL(typed.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
