import { queryOptions } from '@tanstack/react-query';
import { catalogFromJson, type CatalogPack } from '@/domain/catalog-json';
import { DataFileError, missingFileIssue } from '@/domain/issues';
import type { FigureFileResult } from '@/domain/figures';
import type { Catalog, Figure } from '@/domain/types';
import type { FigureSummary } from '@/domain/figure-summary';
import catalogPackUrl from 'virtual:catalog-pack';
import figureSummaryUrl from 'virtual:figure-summary';
import type { FigureFile } from './data-files';
import { fetchDataJson } from './fetch-text';

/** What a view reads of the yearly files: each file whole, or only its totals (from the build-time summary, no file parsed). */
export type FigurePart = 'all' | 'totals';

/** The catalogue arrives parsed, in one request (see vite-catalog-pack.ts): the download to start first. */
const catalogPackFile = { name: 'catalog', url: catalogPackUrl };

async function loadCatalog(): Promise<Catalog> {
  const pack = await fetchDataJson<CatalogPack>(catalogPackFile.name, catalogPackFile.url);
  if (!pack.catalog) throw new DataFileError(pack.issues[0]?.file ?? 'catalog', pack.issues);
  return catalogFromJson(pack.catalog);
}

export const catalogQuery = queryOptions({ queryKey: ['catalog'], queryFn: loadCatalog, staleTime: Infinity });

/** The totals of every yearly file, validated at build time by the app's own parser (vite-figure-summary.ts). */
const figureSummaryFile = { name: 'figure-summary', url: figureSummaryUrl };

export const figureSummaryQuery = queryOptions({
  queryKey: ['figure-summary'],
  staleTime: Infinity,
  queryFn: () => fetchDataJson<FigureSummary>(figureSummaryFile.name, figureSummaryFile.url),
});

/** A file's totals as the summary holds them, or its problems as an error naming the file, as a parsed file's would be. */
export function summaryTotals(summary: FigureSummary, file: FigureFile): Figure[] | DataFileError {
  const { figures, issues } = summary[file.name] ?? { figures: [], issues: [missingFileIssue(file.name, 'not in the summary')] };
  return issues.length > 0 ? new DataFileError(file.name, issues) : figures;
}

/**
 * One yearly file, whole, as the app's parser read and validated it at build time (vite-figure-files.ts). A file's
 * problems are thrown, naming the file. Its figures are kept for the session, so that every view still opens with the
 * network gone (start-loading.ts downloads every file once the page is idle, unread until asked for), and not its text
 * as well: the JSON is about three times the CSV, and kept beside the figures it added ~3 MB to a 1M-row import's peak.
 */
export function figureFileQuery(file: FigureFile) {
  return queryOptions({
    queryKey: ['figures', file.name, 'all'],
    staleTime: Infinity,
    gcTime: Infinity,
    // A file that failed stays reported until the page is reloaded: retried whenever a part of a view that reads
    // it mounted, it took the view back to loading, which unmounted that part, and so on (a 404 on the
    // components view asked for the file ~100 times a second).
    retryOnMount: false,
    queryFn: async () => {
      const { figures, issues } = await fetchDataJson<FigureFileResult>(file.name, file.url, { keep: false });
      if (issues.length > 0) throw new DataFileError(file.name, issues);
      return figures;
    },
  });
}
