import { assert, fail } from './errors';
import type { Reference } from './reference';
import type { TableRow } from './tables';
import { uniq } from './text';

/** What the reference files write instead of a URL for a fact taken from general knowledge. */
export const GENERAL_KNOWLEDGE_MARK = 'general knowledge of Resolution 202/2025/QH15 - verify';
const GENERAL_KNOWLEDGE_ID = 'general-knowledge';

export interface SourceRegistry {
  ids: ReadonlySet<string>;
  /** Maps a reference `source_url` cell ("url1 ; url2") to source ids; an unknown URL stops the run. */
  idsOf(cell: string, where: string): string[];
}

export function sourceRegistry(sources: readonly TableRow<'sources'>[]): SourceRegistry {
  const byUrl = new Map(sources.filter((s) => s.url).map((s) => [s.url, s.id]));
  const ids = new Set(sources.map((s) => s.id));
  assert(ids.size === sources.length, 'tables/sources.csv: duplicate id');
  return {
    ids,
    idsOf(cell, where) {
      const found = urlsOf(cell).map((url) => (url === GENERAL_KNOWLEDGE_MARK ? GENERAL_KNOWLEDGE_ID : (byUrl.get(url) ?? fail(`${where}: URL not in tables/sources.csv: ${url}`))));
      assert(found.length > 0, `${where}: no source`);
      return uniq(found);
    },
  };
}

/** The URLs of a `source_url` cell, trimmed, blanks left out. */
export function urlsOf(cell: string): string[] {
  return cell
    .split(' ; ')
    .map((u) => u.trim())
    .filter((u) => u !== '');
}

/** Problems with the source table itself: ids, dates, and URLs that no converted file cites. */
export function checkSourceTable(sources: readonly TableRow<'sources'>[], citedUrls: ReadonlySet<string>): void {
  for (const s of sources) {
    assert(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(s.id), `tables/sources.csv: id '${s.id}' is not kebab-case`);
    assert(s.date === '' || /^\d{4}-\d{2}-\d{2}$/.test(s.date), `tables/sources.csv: ${s.id} bad date`);
    assert(['yes', 'no'].includes(s.url_in_reference), `tables/sources.csv: ${s.id} url_in_reference must be yes or no`);
    if (s.url_in_reference === 'yes') assert(citedUrls.has(s.url), `tables/sources.csv: ${s.id} URL not found in the converted reference files`);
  }
}

// Reference files whose URLs must all be in tables/sources.csv (and which cite every 'yes' URL there).
const URL_FILES: Record<string, string> = {
  'par-index.csv': 'source_url', 'sipas.csv': 'source_url', 'par-methodology.csv': 'source_url',
  'sipas-methodology.csv': 'source_url', 'provinces.csv': 'merged_into_2025_source',
  'can-tho-districts.csv': 'source_url', 'boundary-changes.csv': 'source_url',
  'district-par-fragments.csv': 'source_url',
};

/** Every URL the converted reference files cite, each checked to resolve to a source id. */
export function citedUrlsOf(ref: Reference, sources: SourceRegistry): Set<string> {
  const cited = new Set<string>();
  for (const [file, column] of Object.entries(URL_FILES)) {
    ref.readCsv(file, [column]).forEach((r, i) => {
      const cell = r[column] ?? '';
      sources.idsOf(cell, `${file}:${i + 2}`);
      for (const url of urlsOf(cell)) cited.add(url);
    });
  }
  return cited;
}
