import { describe, expect, it } from 'vitest';
import { DEFAULT_INDEX } from './codes';
import { figureFileName } from './figure-files';
import { firstYearlyFiles, readsPlansFirst, wholeIndexOf } from './first-reads';

const files = ['papi/2022.csv', 'sipas/2024.csv', 'papi/2024.csv', 'papi/2023.csv', 'par/2025.csv'].flatMap((path) => figureFileName(path) ?? []);

describe("the first view's reads", () => {
  it("reads an index whole only for the components view: the address's index when it has yearly files, else the default one", () => {
    expect(wholeIndexOf('components', 'sipas', files)).toBe('sipas');
    expect(wholeIndexOf('components', null, files)).toBe(DEFAULT_INDEX);
    // The view shows the default index for one it does not know.
    expect(wholeIndexOf('components', 'nonsense', files)).toBe(DEFAULT_INDEX);
    expect(wholeIndexOf('rankings', 'sipas', files)).toBeUndefined();
    expect(wholeIndexOf(null, null, files)).toBeUndefined();
  });

  it("reads first the index's two newest yearly files, newest first, in whatever order they are listed", () => {
    expect(firstYearlyFiles(files, 'papi').map((file) => file.name)).toEqual(['papi/2024.csv', 'papi/2023.csv']);
    expect(firstYearlyFiles(files, 'par').map((file) => file.name)).toEqual(['par/2025.csv']);
    expect(firstYearlyFiles(files, 'nonsense')).toEqual([]);
    expect(firstYearlyFiles(files, undefined)).toEqual([]);
  });

  it('reads the plans first for the views that draw them with their first numbers', () => {
    expect(['plans', 'trends', 'profile', 'present'].every(readsPlansFirst)).toBe(true);
    expect(['overview', 'rankings', 'components', 'data', null].some(readsPlansFirst)).toBe(false);
  });
});
