import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { jsonAssetPlugin } from './vite-json-asset.ts';
import { catalogFromJson } from './src/domain/catalog-json.ts';
import { figureFileName } from './src/domain/figure-files.ts';
import { summarizeFigureFiles, type FigureSummary } from './src/domain/figure-summary.ts';
import { catalogPack } from './vite-catalog-pack.ts';

/** Every yearly figures file in data/ as it is now (data/<index>/<year>.csv): a file added there is summarised with no code change. */
function yearlyFiles(dataDir: string) {
  return readdirSync(dataDir)
    .filter((folder) => statSync(join(dataDir, folder)).isDirectory())
    .flatMap((folder) => readdirSync(join(dataDir, folder)).flatMap((name) => figureFileName(`${folder}/${name}`) ?? []))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((file) => ({ ...file, path: join(dataDir, file.name), text: readFileSync(join(dataDir, file.name), 'utf8') }));
}

/**
 * The totals of every yearly file (see src/domain/figure-summary.ts) and the files they were read from. With a
 * catalogue that does not load, the summary is empty: the app then reports the catalogue's problems itself.
 */
export function figureSummary(dataDir: string): { files: string[]; summary: FigureSummary } {
  const catalogue = catalogPack(dataDir);
  const { catalog } = catalogue.pack;
  const files = yearlyFiles(dataDir);
  return { files: [...catalogue.files, ...files.map((file) => file.path)], summary: catalog ? summarizeFigureFiles(catalogFromJson(catalog), files) : {} };
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
