import { describe, expect, it, vi } from 'vitest';
import { importsQuery } from './imports-queries';
import { ImportStorageError, listEveryImport } from './imports-db';

describe('imports in the browser', () => {
  it('says storage is unavailable, rather than failing, where there is no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    await expect(listEveryImport()).rejects.toBeInstanceOf(ImportStorageError);
    const state = await (importsQuery.queryFn as () => Promise<unknown>)();
    expect(state).toEqual({ batches: [], planBatches: [], available: false });
    vi.unstubAllGlobals();
  });

  describe('a browser that has never imported', () => {
    // Only what listEveryImport touches: the list of databases, and an opening that must not happen.
    const browserWith = (databases: () => Promise<{ name: string }[]>) => {
      const open = vi.fn(() => {
        throw new Error('opened');
      });
      vi.stubGlobal('indexedDB', { databases, open });
      return open;
    };

    it('reads no imports without opening (and so creating) the database', async () => {
      const open = browserWith(async () => [{ name: 'another-app' }]);
      await expect(listEveryImport()).resolves.toEqual({ batches: [], planBatches: [] });
      expect(open).not.toHaveBeenCalled();
      vi.unstubAllGlobals();
    });

    it('opens the database when the browser lists it, or cannot list its databases', async () => {
      for (const databases of [async () => [{ name: 'ct-par-dashboard' }], () => Promise.reject(new Error('no list'))]) {
        const open = browserWith(databases);
        await expect(listEveryImport()).rejects.toThrow('opened');
        expect(open).toHaveBeenCalledOnce();
        vi.unstubAllGlobals();
      }
    });
  });
});
