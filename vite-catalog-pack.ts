import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { jsonAssetPlugin } from './vite-json-asset.ts';
import type { CatalogPack } from './src/domain/catalog-json.ts';
import { catalogPackOf } from './src/domain/catalog-pack.ts';

/** Every catalogue file (data/*.csv) read from disk as it is now, by name. */
export function catalogTexts(dataDir: string): { files: string[]; texts: Record<string, string> } {
  const names = readdirSync(dataDir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  return { files: names.map((name) => join(dataDir, name)), texts: Object.fromEntries(names.map((name) => [name, readFileSync(join(dataDir, name), 'utf8')])) };
}

/** The last parse, by the texts it was made from: every plugin of a build, and each file the dev server parses, reads it. */
let lastParse: { texts: string; pack: CatalogPack } | undefined;

/** The catalogue parsed from data/*.csv by the app's own parser (src/domain/catalog-pack.ts), and the files read. */
export function catalogPack(dataDir: string): { files: string[]; pack: CatalogPack } {
  const { files, texts } = catalogTexts(dataDir);
  const read = JSON.stringify(texts);
  if (lastParse?.texts !== read) lastParse = { texts: read, pack: catalogPackOf(texts) };
  return { files, pack: lastParse.pack };
}

/**
 * The catalogue travels in one request, already parsed: `import packUrl from 'virtual:catalog-pack'` is the
 * URL of a JSON object { catalog, issues } made from data/*.csv. Seven CSV requests over six HTTP/1.1
 * connections held the whole app back, and then its parse waited for the parse worker to start (~100–180 ms);
 * the CSVs stay the source, the pack is their parse.
 */
export function catalogPackPlugin(dataDir: string): Plugin {
  return jsonAssetPlugin({
    name: 'catalog-pack',
    assetName: 'catalog.json',
    make: () => {
      const { files, pack } = catalogPack(dataDir);
      return { files, value: pack };
    },
  });
}
