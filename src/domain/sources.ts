import type { Catalog, Figure, Source } from './types';

/** Catalogue entries for source ids, each once, in order of first mention. */
export function sourcesById(catalog: Catalog, ids: readonly string[]): Source[] {
  return [...new Set(ids)].flatMap((id) => catalog.sources.get(id) ?? []);
}

/** The catalogue entries of every source the given figures cite. */
export function sourcesOf(catalog: Catalog, figures: readonly Figure[]): Source[] {
  return sourcesById(catalog, figures.flatMap((f) => f.sources));
}
