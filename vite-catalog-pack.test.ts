import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogFromJson } from '@/domain/catalog-json';
import { dataCopy, loadBundledCatalog } from '@/domain/testing/bundled-data';
import { catalogPack } from './vite-catalog-pack';

const dataDir = new URL('./data', import.meta.url).pathname;

describe('the catalogue pack (build time)', () => {
  it('carries, through JSON, the very catalogue the app parses from data/*.csv', () => {
    const { files, pack } = catalogPack(dataDir);
    const carried = JSON.parse(JSON.stringify(pack)) as typeof pack;
    expect(carried.issues).toEqual([]);
    expect(carried.catalog && catalogFromJson(carried.catalog)).toEqual(loadBundledCatalog());
    expect(files.map((file) => file.slice(dataDir.length + 1))).toContain('units.csv');
  });

  it('reads data/ as it is now: a catalogue file taken away is reported by its name', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'periods.csv'));
    expect(catalogPack(dir).pack).toEqual({ issues: [{ file: 'periods.csv', line: 0, kind: 'missing-file', detail: 'not bundled' }] });
  });

  it('parses the catalogue again only when a file of it has changed', () => {
    const dir = dataCopy();
    const first = catalogPack(dir).pack;
    expect(catalogPack(dir).pack).toBe(first);
    writeFileSync(join(dir, 'indices.csv'), readFileSync(join(dir, 'indices.csv'), 'utf8').replace('PAPI', 'PAPl'));
    const changed = catalogPack(dir).pack;
    expect(changed).not.toBe(first);
    expect(JSON.stringify(changed)).toContain('PAPl');
  });

  it("reports a catalogue file's problems by file and line instead of a catalogue", () => {
    const dir = dataCopy();
    cpSync(join(dataDir, 'units.csv'), join(dir, 'indices.csv'));
    const { pack } = catalogPack(dir);
    expect(pack.catalog).toBeUndefined();
    expect(pack.issues).toContainEqual(expect.objectContaining({ file: 'indices.csv', kind: 'missing-column' }));
  });
});
