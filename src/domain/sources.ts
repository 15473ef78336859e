import type { Catalog, Figure, Source } from './types';

/** The catalogue entries of every source the given figures cite, each once, in order of first use. */
export function sourcesOf(catalog: Catalog, figures: readonly Figure[]): Source[] {
  const ids = [...new Set(figures.flatMap((f) => f.sources))];
  return ids.flatMap((id) => catalog.sources.get(id) ?? []);
}
