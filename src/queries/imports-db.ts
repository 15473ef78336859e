import type { Target, Task } from '@/domain/plans-types';
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

/** One applied import of a plans file: its targets or its tasks. */
export interface PlanImportBatch {
  id: string;
  fileName: string;
  importedAt: string;
  file: 'targets' | 'tasks';
  targets: Target[];
  tasks: Task[];
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
const STORES = { figures: 'imports', plans: 'plan-imports' } as const;
type StoreName = (typeof STORES)[keyof typeof STORES];

function storageError(error: DOMException | null): ImportStorageError {
  if (error?.name === 'QuotaExceededError') return new ImportStorageError('full', error.message);
  return new ImportStorageError('failed', error?.message ?? 'IndexedDB error');
}

function openDb(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new ImportStorageError('unavailable', 'IndexedDB is not available'));
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 2);
    request.onupgradeneeded = () => {
      for (const store of Object.values(STORES)) if (!request.result.objectStoreNames.contains(store)) request.result.createObjectStore(store, { keyPath: 'id' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new ImportStorageError('unavailable', request.error?.message ?? 'IndexedDB could not be opened'));
    request.onblocked = () => reject(new ImportStorageError('unavailable', 'IndexedDB is blocked by another tab'));
  });
}

/** Runs one transaction; it resolves only once the transaction has committed, so nothing is half-written. */
async function inTransaction<T>(store: StoreName, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = work(tx.objectStore(store));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onabort = () => reject(storageError(tx.error));
      tx.onerror = () => reject(storageError(tx.error));
    });
  } finally {
    db.close();
  }
}

async function listAll<T extends { importedAt: string }>(store: StoreName): Promise<T[]> {
  const items = (await inTransaction<T[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<T[]>)) ?? [];
  return items.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
}

const put = (store: StoreName) => async (item: { id: string }) => {
  await inTransaction(store, 'readwrite', (s) => {
    s.put(item);
  });
};

const remove = (store: StoreName) => async (id: string) => {
  await inTransaction(store, 'readwrite', (s) => {
    s.delete(id);
  });
};

export const listImports = () => listAll<ImportBatch>(STORES.figures);
export const saveImport: (batch: ImportBatch) => Promise<void> = put(STORES.figures);
export const removeImport = remove(STORES.figures);

export const listPlanImports = () => listAll<PlanImportBatch>(STORES.plans);
export const savePlanImport: (batch: PlanImportBatch) => Promise<void> = put(STORES.plans);
export const removePlanImport = remove(STORES.plans);
