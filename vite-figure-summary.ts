import type { Plugin } from 'vite';
import { jsonAssetPlugin } from './vite-json-asset.ts';
import { totalsOf, type FigureSummary } from './src/domain/figure-summary.ts';
import { parsedFigureFiles } from './vite-figure-files.ts';

/** The totals of every yearly file (see src/domain/figure-summary.ts) and the files they were read from. */
export function figureSummary(dataDir: string): { files: string[]; summary: FigureSummary } {
  const { files, results } = parsedFigureFiles(dataDir);
  return { files, summary: Object.fromEntries(Object.entries(results).map(([name, result]) => [name, totalsOf(result)])) };
}

/**
 * `import summaryUrl from 'virtual:figure-summary'` is the URL of a JSON object { "papi/2024.csv": { figures,
 * issues }, … } holding the totals of each yearly file, made from data/ with the app's own parser. The CSVs
 * stay the source; the summary is a cache of their totals.
 */
export function figureSummaryPlugin(dataDir: string): Plugin {
  return jsonAssetPlugin({
    name: 'figure-summary',
    assetName: 'figure-summary.json',
    make: () => {
      const { files, summary } = figureSummary(dataDir);
      return { files, value: summary };
    },
  });
}
