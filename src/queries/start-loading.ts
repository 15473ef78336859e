import type { QueryClient } from '@tanstack/react-query';
import { FIGURE_FILES } from './data-files';
import { catalogPackFile, catalogQuery, figureFileQuery } from './data-queries';
import { prefetchDataTexts } from './fetch-text';
import { importsQuery } from './imports-queries';
import { warmUpParser } from './parse-client';
import { planFiles } from './plan-queries';

/** Newest years first: every index's latest results are read before anyone's older years. */
const newestFirst = [...FIGURE_FILES].sort((a, b) => b.year - a.year || a.index.localeCompare(b.index));
/** Each index's two newest years: all the overview's headline numbers need (the trend needs the rest). */
const headlineFiles = newestFirst.filter((file) => newestFirst.filter((other) => other.index === file.index && other.year > file.year).length < 2);
const olderFiles = newestFirst.filter((file) => !headlineFiles.includes(file));

/**
 * Starts, before the first render, what the first screen reads: the parse worker, the imports kept in
 * the browser, the download of every bundled file, then the catalogue and (for the overview) the
 * totals of each provincial index's yearly files, newest first, with no wait for React to ask.
 */
export function startLoading(client: QueryClient, overview: boolean): void {
  warmUpParser();
  // On a slow line the catalogue and the newest years come first; the older years and the plans follow.
  // Every file is then kept, so that each view still opens when the network is gone.
  void prefetchDataTexts([catalogPackFile, ...headlineFiles]).then(() => prefetchDataTexts([...olderFiles, ...planFiles()]));
  void client.prefetchQuery(importsQuery);
  void client.prefetchQuery(catalogQuery).then(() => {
    const catalog = client.getQueryData(catalogQuery.queryKey);
    if (!overview || !catalog) return;
    for (const file of newestFirst) {
      if (catalog.indices.get(file.index)?.unitLevel === 'province') void client.prefetchQuery(figureFileQuery(file, 'totals'));
    }
  });
}
