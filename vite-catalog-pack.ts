import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const MODULE_ID = 'virtual:catalog-pack';
const RESOLVED_ID = `\0${MODULE_ID}`;
const DEV_URL = '/@catalog-pack.json';

/** Every catalogue file (data/*.csv) read from disk as it is now: a file added to data/ is in the pack with no code change. */
export function catalogTexts(dataDir: string): { files: string[]; json: string } {
  const files = readdirSync(dataDir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  const texts = Object.fromEntries(files.map((name) => [name, readFileSync(join(dataDir, name), 'utf8')]));
  return { files: files.map((name) => join(dataDir, name)), json: JSON.stringify(texts) };
}

/**
 * The catalogue files travel in one request: `import packUrl from 'virtual:catalog-pack'` is the URL of
 * a JSON object { "units.csv": "<the file's text>", … } made from data/*.csv at build time (and on each
 * request by the dev server). Seven requests over six HTTP/1.1 connections, queued behind the fonts and
 * the view's code, held the whole app back; the CSVs stay the source, the pack is only their transport.
 */
export function catalogPack(dataDir: string): Plugin {
  let serving = false;
  return {
    name: 'catalog-pack',
    configureServer(server) {
      serving = true;
      server.middlewares.use(DEV_URL, (_request, response) => {
        response.setHeader('content-type', 'application/json; charset=utf-8');
        response.end(catalogTexts(dataDir).json);
      });
    },
    resolveId: (id) => (id === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      if (serving) return `export default ${JSON.stringify(DEV_URL)};`;
      const { files, json } = catalogTexts(dataDir);
      files.forEach((file) => this.addWatchFile(file));
      const ref = this.emitFile({ type: 'asset', name: 'catalog.json', source: json });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
