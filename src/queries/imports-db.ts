import type { Figure, Source } from '@/domain/types';

/** One applied import: the figures of one file for one index and year. */
export interface ImportBatch {
  id: string;
  fileName: string;
  importedAt: string;
  index: string;
  year: number;
  figures: Figure[];
  /** Sources typed in during the import (not in the bundled catalogue). */
  sources: Source[];
}

export class ImportStorageError extends Error {
  readonly reason: 'unavailable' | 'full' | 'failed';

  constructor(reason: ImportStorageError['reason'], message: string) {
    super(message);
    this.name = 'ImportStorageError';
    this.reason = reason;
  }
}

const DB = 'ct-par-dashboard';
const STORE = 'imports';

function storageError(error: DOMException | null): ImportStorageError {
  if (error?.name === 'QuotaExceededError') return new ImportStorageError('full', error.message);
  return new ImportStorageError('failed', error?.message ?? 'IndexedDB error');
}

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new ImportStorageError('unavailable', 'IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new ImportStorageError('unavailable', request.error?.message ?? 'IndexedDB could not be opened'));
    request.onblocked = () => reject(new ImportStorageError('unavailable', 'IndexedDB is blocked by another tab'));
  });
}

/** Runs one transaction; it resolves only once the transaction has committed, so nothing is half-written. */
async function inTransaction<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onabort = () => reject(storageError(tx.error));
      tx.onerror = () => reject(storageError(tx.error));
    });
  } finally {
    db.close();
  }
}

export async function listImports(): Promise<ImportBatch[]> {
  const batches = (await inTransaction<ImportBatch[]>('readonly', (store) => store.getAll() as IDBRequest<ImportBatch[]>)) ?? [];
  return batches.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

export async function saveImport(batch: ImportBatch): Promise<void> {
  await inTransaction('readwrite', (store) => {
    store.put(batch);
  });
}

export async function removeImport(id: string): Promise<void> {
  await inTransaction('readwrite', (store) => {
    store.delete(id);
  });
}
