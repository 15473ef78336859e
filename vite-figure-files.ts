import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { catalogFromJson, type CatalogPack } from './src/domain/catalog-json.ts';
import { figureFileName, type FigureFileName } from './src/domain/figure-files.ts';
import { parseFigureFile, type FigureFileResult } from './src/domain/figures.ts';
import type { Catalog } from './src/domain/types.ts';
import { catalogPack } from './vite-catalog-pack.ts';
import { dataJson } from './vite-json-asset.ts';

interface YearlyFile extends FigureFileName {
  path: string;
}

/** Every yearly figures file in data/ as it is now (data/<index>/<year>.csv): a file added there is read with no code change. */
function yearlyFiles(dataDir: string): YearlyFile[] {
  return readdirSync(dataDir)
    .filter((folder) => statSync(join(dataDir, folder)).isDirectory())
    .flatMap((folder) => readdirSync(join(dataDir, folder)).flatMap((name) => figureFileName(`${folder}/${name}`) ?? []))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((file) => ({ ...file, path: join(dataDir, file.name) }));
}

/** The yearly file an emitted asset was made from (its JSON, named after data/<index>/<year>.csv), or undefined. */
export function yearlyFileOf(asset: { originalFileNames?: readonly string[] }): FigureFileName | undefined {
  const path = asset.originalFileNames?.[0];
  return path?.startsWith('data/') ? figureFileName(path.slice('data/'.length)) : undefined;
}

/** The last parse of each file, by its path: kept while its text and the catalogue's parse are the same. */
const lastParses = new Map<string, { text: string; pack: CatalogPack; result: FigureFileResult }>();

/**
 * The yearly files of data/ (or only the one named), each parsed and validated by the app's own parser against the
 * catalogue, by name, and the files read. With a catalogue that does not load, each file holds that problem only: the
 * app reports the catalogue's own problems first. A file is parsed again only once it or the catalogue has changed:
 * two plugins read every file in a build, and the dev server's summary on every request.
 */
export function parsedFigureFiles(dataDir: string, only?: string): { files: string[]; results: Record<string, FigureFileResult> } {
  const catalogue = catalogPack(dataDir);
  const { pack } = catalogue;
  let catalog: Catalog | undefined;
  const parse = (file: YearlyFile): FigureFileResult => {
    const text = readFileSync(file.path, 'utf8');
    const last = lastParses.get(file.path);
    if (last?.text === text && last.pack === pack) return last.result;
    catalog ??= pack.catalog && catalogFromJson(pack.catalog);
    const result: FigureFileResult = catalog
      ? parseFigureFile(file.name, file.index, file.year, text, catalog)
      : { figures: [], issues: [{ file: file.name, line: 0, kind: 'missing-file', detail: 'catalogue not loaded' }] };
    lastParses.set(file.path, { text, pack, result });
    return result;
  };
  const files = yearlyFiles(dataDir).filter((file) => only === undefined || file.name === only);
  return { files: [...catalogue.files, ...files.map((file) => file.path)], results: Object.fromEntries(files.map((file) => [file.name, parse(file)])) };
}

const MODULE_ID = 'virtual:figure-files';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_PREFIX = '/@figure-files/';

/**
 * `import fileUrls from 'virtual:figure-files'` is { "papi/2024.csv": URL, … }: for each yearly file of data/, the URL of
 * a JSON { figures, issues } made from it by the app's own parser, as the parse worker made it in the page before. A
 * view of components then reads JSON: no worker to start and send the catalogue to (~250 ms before the first file was
 * parsed, in a trace of a cold components view). The CSVs stay the source; the JSON is their parse. A build names
 * each one after its file (data/papi/2024-<hash>.json); the dev server parses a file when it is asked for.
 */
export function figureFilesPlugin(dataDir: string): Plugin {
  let serving = false;
  return {
    name: 'figure-files',
    configureServer(server) {
      serving = true;
      server.middlewares.use(DEV_PREFIX, (request, response, next) => {
        const name = decodeURIComponent(request.url ?? '').replace(/^\//, '').replace(/\.json$/, '');
        const result = parsedFigureFiles(dataDir, name).results[name];
        if (!result) return next();
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(dataJson(result));
      });
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) {
        const urls = Object.fromEntries(yearlyFiles(dataDir).map((file) => [file.name, `${DEV_PREFIX}${file.name}.json`]));
        return `export default ${JSON.stringify(urls)};`;
      }
      const { files, results } = parsedFigureFiles(dataDir);
      files.forEach((file) => this.addWatchFile(file));
      const entries = Object.entries(results).map(([name, result]) => {
        const ref = this.emitFile({ type: 'asset', name: name.replace(/^.*\//, '').replace(/\.csv$/, '.json'), originalFileName: `data/${name}`, source: dataJson(result) });
        return `${JSON.stringify(name)}: import.meta.ROLLUP_FILE_URL_${ref}`;
      });
      return `export default {${entries.join(', ')}};`;
    },
  };
}
