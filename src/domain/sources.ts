import type { Catalog, Figure, ImportOrigin, Source } from './types';
import type { YearSources } from './source-credits';

/** Catalogue entries for source ids, each once, in order of first mention. */
export function sourcesById(catalog: Catalog, ids: readonly string[]): Source[] {
  return [...new Set(ids)].flatMap((id) => catalog.sources.get(id) ?? []);
}

const importEntry = (origin: ImportOrigin): Source => ({ id: `import:${origin.file}:${origin.importedAt}`, title: origin.file, publisher: '', note: '', imported: origin });

/** One entry per imported file the figures come from (first: it must not be missed), then every source they cite. */
export function sourcesOf(catalog: Catalog, figures: readonly Figure[]): Source[] {
  const imports = new Map(figures.flatMap((f) => (f.imported ? [[`${f.imported.file}|${f.imported.importedAt}`, f.imported] as const] : [])));
  return [...[...imports.values()].map(importEntry), ...sourcesById(catalog, figures.flatMap((f) => f.sources))];
}

/** For a short source line: the sources cited by the imported figures of an index year, and whether any figure there is as published. */
export function yearSourcesIn(catalog: Catalog, figures: ReadonlyMap<string, ReadonlyMap<number, readonly Figure[]>>): YearSources {
  return (index, year) => {
    const inYear = figures.get(index)?.get(year) ?? [];
    return { imported: sourcesById(catalog, inYear.flatMap((f) => (f.imported ? f.sources : []))), published: inYear.length === 0 || inYear.some((f) => !f.imported) };
  };
}
