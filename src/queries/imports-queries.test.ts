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
});
