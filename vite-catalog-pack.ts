import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { CatalogPack } from './src/domain/catalog-json.ts';
import { catalogPackOf } from './src/domain/catalog-pack.ts';

const MODULE_ID = 'virtual:catalog-pack';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_URL = '/@catalog-pack.json';

/** Every catalogue file (data/*.csv) read from disk as it is now, by name. */
export function catalogTexts(dataDir: string): { files: string[]; texts: Record<string, string> } {
  const names = readdirSync(dataDir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  return { files: names.map((name) => join(dataDir, name)), texts: Object.fromEntries(names.map((name) => [name, readFileSync(join(dataDir, name), 'utf8')])) };
}

/** The catalogue parsed from data/*.csv by the app's own parser (src/domain/catalog-pack.ts), and the files read. */
export function catalogPack(dataDir: string): { files: string[]; pack: CatalogPack } {
  const { files, texts } = catalogTexts(dataDir);
  return { files, pack: catalogPackOf(texts) };
}

/**
 * The catalogue travels in one request, already parsed: `import packUrl from 'virtual:catalog-pack'` is the
 * URL of a JSON object { catalog, issues } made from data/*.csv at build time (and on each request by the dev
 * server). Seven CSV requests over six HTTP/1.1 connections held the whole app back, and then its parse
 * waited for the parse worker to start (~100–180 ms); the CSVs stay the source, the pack is their parse.
 */
export function catalogPackPlugin(dataDir: string): Plugin {
  let serving = false;
  return {
    name: 'catalog-pack',
    configureServer(server) {
      serving = true;
      server.middlewares.use(DEV_URL, (_request, response) => {
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(JSON.stringify(catalogPack(dataDir).pack));
      });
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_URL)};`;
      const { files, pack } = catalogPack(dataDir);
      files.forEach((file) => this.addWatchFile(file));
      const ref = this.emitFile({ type: 'asset', name: 'catalog.json', source: JSON.stringify(pack) });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
