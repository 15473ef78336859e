import { describe, expect, it } from 'vitest';
import { CATALOG_FILES } from '@/domain/catalog-files';
import { DataFileError } from '@/domain/issues';
import { readData } from '@/domain/testing/bundled-data';
import { catalogTextsFromPack } from './data-queries';

/** A pack as the catalog-pack plugin makes it, with a file it does not know of. */
const bundledPack = (): Record<string, string> => ({ ...Object.fromEntries(CATALOG_FILES.map((file) => [file, readData(file)])), 'later.csv': 'a\n' });

describe('catalogTextsFromPack', () => {
  it('hands the catalogue parser each catalogue file from the pack, and only those', () => {
    const pack = bundledPack();
    const texts = catalogTextsFromPack(pack);
    expect(Object.keys(texts)).toEqual([...CATALOG_FILES]);
    expect(texts['units.csv']).toBe(readData('units.csv'));
  });

  it('reports a catalogue file missing from the pack by its name', () => {
    const pack = bundledPack();
    delete pack['periods.csv'];
    expect(() => catalogTextsFromPack(pack)).toThrow(DataFileError);
    try {
      catalogTextsFromPack(pack);
    } catch (error) {
      expect((error as DataFileError).issues).toEqual([{ file: 'periods.csv', line: 0, kind: 'missing-file', detail: 'not bundled' }]);
    }
  });
});
