import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { jsonAssetPlugin } from './vite-json-asset.ts';
import { catalogFromJson } from './src/domain/catalog-json.ts';
import type { PlanPack } from './src/domain/plans-json.ts';
import { noPlans, planPackOf } from './src/domain/plans-pack.ts';
import { PLAN_FILES } from './src/domain/plans-types.ts';
import { catalogPack } from './vite-catalog-pack.ts';

/**
 * The plan files of data/plans/ parsed and checked against the catalogue (src/domain/plans-pack.ts), and the files read.
 * With a catalogue that does not load, the pack holds no plans: the app then reports the catalogue's problems itself.
 */
export function planPack(dataDir: string): { files: string[]; pack: PlanPack } {
  const catalogue = catalogPack(dataDir);
  const paths = Object.values(PLAN_FILES).map((name) => ({ name, path: join(dataDir, name) }));
  const present = paths.filter(({ path }) => existsSync(path));
  const texts = Object.fromEntries(present.map(({ name, path }) => [name, readFileSync(path, 'utf8')]));
  const { catalog } = catalogue.pack;
  const pack = catalog ? planPackOf(texts, catalogFromJson(catalog)) : noPlans();
  return { files: [...catalogue.files, ...present.map(({ path }) => path)], pack };
}

/**
 * `import planPackUrl from 'virtual:plan-pack'` is the URL of the plan files as the app's parser reads them. Parsed in
 * the browser, they held a cold plans view back on the parse worker: its start, the catalogue copied into it with
 * each of three requests, and the three requests in turn (~150 ms from the catalogue to the targets in a trace).
 * The CSVs stay the source; the pack is their parse. Not preloaded by every page: only the plans view waits for it.
 */
export function planPackPlugin(dataDir: string): Plugin {
  return jsonAssetPlugin({
    name: 'plan-pack',
    assetName: 'plans.json',
    preload: false,
    make: () => {
      const { files, pack } = planPack(dataDir);
      return { files, value: pack };
    },
  });
}
