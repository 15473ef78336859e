import { queryOptions } from '@tanstack/react-query';
import { CATALOG_FILES, type CatalogFile } from '@/domain/catalog-files';
import { DataFileError } from '@/domain/issues';
import type { Catalog } from '@/domain/types';
import { catalogUrl, type FigureFile } from './data-files';
import { fetchDataText } from './fetch-text';
import { parseOffMainThread } from './parse-client';
import type { FigurePart } from './parse-protocol';

export const catalogFiles = () => CATALOG_FILES.map((file) => ({ name: file, url: catalogUrl(file) }));

async function loadCatalog(): Promise<Catalog> {
  const entries = await Promise.all(CATALOG_FILES.map(async (file) => [file, await fetchDataText(file, catalogUrl(file))] as const));
  const texts = Object.fromEntries(entries) as Record<CatalogFile, string>;
  const { catalog, issues } = await parseOffMainThread({ kind: 'catalog', texts });
  if (!catalog) throw new DataFileError(issues[0]?.file ?? 'catalog', issues);
  return catalog;
}

export const catalogQuery = queryOptions({ queryKey: ['catalog'], queryFn: loadCatalog, staleTime: Infinity });

/**
 * One yearly file, validated in the parse worker against the catalogue it parsed; run it only once
 * the catalogue query has succeeded.
 */
export function figureFileQuery(file: FigureFile, part: FigurePart) {
  return queryOptions({
    queryKey: ['figures', file.name, part],
    staleTime: Infinity,
    queryFn: async () => {
      const text = await fetchDataText(file.name, file.url);
      const { figures, issues } = await parseOffMainThread({ kind: 'figures', file: file.name, index: file.index, year: file.year, text, part });
      if (issues.length > 0) throw new DataFileError(file.name, issues);
      return figures;
    },
  });
}
