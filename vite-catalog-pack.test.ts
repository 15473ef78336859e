import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogTexts } from './vite-catalog-pack';

const dataDir = new URL('./data', import.meta.url).pathname;

describe('the catalogue pack', () => {
  it('carries every data/*.csv byte for byte, and nothing from the yearly folders', () => {
    const pack = JSON.parse(catalogTexts(dataDir).json) as Record<string, string>;
    const csvs = readdirSync(dataDir).filter((name) => name.endsWith('.csv'));
    expect(Object.keys(pack).sort()).toEqual(csvs.sort());
    for (const name of csvs) expect(pack[name]).toBe(readFileSync(join(dataDir, name), 'utf8'));
  });

  it('takes in a catalogue file added to data/ with no code change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pack-'));
    writeFileSync(join(dir, 'units.csv'), 'code\n');
    writeFileSync(join(dir, 'lineage.csv'), 'from,to\n');
    expect(JSON.parse(catalogTexts(dir).json)).toEqual({ 'lineage.csv': 'from,to\n', 'units.csv': 'code\n' });
  });
});
