import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigureFile } from '@/domain/figures';
import { dataCopy, loadBundledCatalog, readData } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024 } from '@/domain/testing/real-figures';
import { TOTAL } from '@/domain/types';
import { parsedFigureFiles } from './vite-figure-files';

const dataDir = new URL('./data', import.meta.url).pathname;
const yearlyFiles = readdirSync(dataDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) => readdirSync(join(dataDir, folder.name)).filter((name) => /^\d{4}\.csv$/.test(name)).map((name) => `${folder.name}/${name}`));


describe('the yearly files parsed at build time', () => {
  it('carries, through JSON, every yearly file of data/ exactly as the app parses it, with no problem', () => {
    const catalog = loadBundledCatalog();
    const { files, results } = parsedFigureFiles(dataDir);
    const carried = JSON.parse(JSON.stringify(results)) as typeof results;
    expect(Object.keys(carried).sort()).toEqual([...yearlyFiles].sort());
    for (const name of yearlyFiles) {
      const [index = '', file = ''] = name.split('/');
      expect(carried[name], name).toEqual(parseFigureFile(name, index, Number(file.slice(0, 4)), readData(name), catalog));
      expect(carried[name]?.issues, name).toEqual([]);
    }
    expect(carried['papi/2024.csv']?.figures.find((f) => f.unit === CAN_THO && f.component === TOTAL)?.score).toBe(PAPI_2024.score);
    expect(files.map((file) => file.slice(dataDir.length + 1))).toEqual(expect.arrayContaining(['units.csv', 'papi/2024.csv', 'sipas/2024.csv']));
  });

  it('parses only the file asked for (the dev server, one request per file)', () => {
    expect(Object.keys(parsedFigureFiles(dataDir, 'par/2024.csv').results)).toEqual(['par/2024.csv']);
    expect(parsedFigureFiles(dataDir, 'par/1999.csv').results).toEqual({});
  });

  it('takes in a yearly file added to data/ with no code change, and reports its problems by file and line', () => {
    const dir = dataCopy();
    writeFileSync(join(dir, 'papi', '2030.csv'), readData('papi/2024.csv').replace(/^(P59,total,)[0-9.]+/m, '$1x'));
    const added = parsedFigureFiles(dir).results['papi/2030.csv'];
    expect(added?.figures.find((f) => f.unit === 'P01' && f.component === 'D1')).toMatchObject({ year: 2030 });
    expect(added?.issues).toContainEqual(expect.objectContaining({ file: 'papi/2030.csv', kind: 'not-a-number', column: 'score', raw: 'x' }));
  });

  it('parses a file again only once it or the catalogue has changed', () => {
    const dir = dataCopy();
    const first = parsedFigureFiles(dir).results['par/2024.csv'];
    expect(parsedFigureFiles(dir, 'par/2024.csv').results['par/2024.csv']).toBe(first);
    writeFileSync(join(dir, 'par', '2024.csv'), readData('par/2024.csv').replace(/\r?\n[^\n]*\n?$/, '\n'));
    const changed = parsedFigureFiles(dir).results['par/2024.csv'];
    expect(changed?.figures.length).toBe((first?.figures.length ?? 0) - 1);
    writeFileSync(join(dir, 'indices.csv'), readData('indices.csv').replace('PAPI', 'PAPl'));
    const recatalogued = parsedFigureFiles(dir).results['par/2024.csv'];
    expect(recatalogued).not.toBe(changed);
    expect(recatalogued).toEqual(changed);
  });

  it('says so in each file, rather than guessing, when the catalogue does not load (the app reports the catalogue)', () => {
    const dir = dataCopy();
    rmSync(join(dir, 'periods.csv'));
    const { results } = parsedFigureFiles(dir);
    expect(Object.keys(results).sort()).toEqual([...yearlyFiles].sort());
    expect(results['papi/2024.csv']).toEqual({ figures: [], issues: [{ file: 'papi/2024.csv', line: 0, kind: 'missing-file', detail: 'catalogue not loaded' }] });
  });
});
