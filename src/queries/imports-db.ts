import type { Target, Task } from '@/domain/plans-types';
import type { Figure, Source } from '@/domain/types';
import { compareCodes } from '@/domain/text';

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

/**
 * Runs one transaction over the stores; it resolves, with what `work` reads once it is over, only once the
 * transaction has committed, so nothing is half-written.
 */
async function inTransaction<T>(stores: StoreName[], mode: IDBTransactionMode, work: (tx: IDBTransaction) => () => T): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(stores, mode);
      const result = work(tx);
      tx.oncomplete = () => resolve(result());
      tx.onabort = () => reject(storageError(tx.error));
      tx.onerror = () => reject(storageError(tx.error));
    });
  } finally {
    db.close();
  }
}

const inImportOrder = <T extends { importedAt: string }>(items: T[]) => items.sort((a, b) => compareCodes(a.importedAt, b.importedAt));

/**
 * Whether the database may hold imports: not when the browser lists its databases and ours is not among them (a
 * browser that has never imported). Opening it would create it, and on a cold load that opening answered 100–270 ms
 * after it was asked, 30–155 ms after the list did, with every view waiting (traces of the cold overview).
 */
async function mayHoldImports(): Promise<boolean> {
  try {
    const databases = await indexedDB.databases();
    return databases.some((database) => database.name === DB);
  } catch {
    // A browser without the list (Firefox before 126) or refusing it: open the database to know.
    return true;
  }
}

/**
 * Every import of figures and of plans, oldest first, read in one opening of the database and one transaction:
 * every view waits for it before showing a figure (two openings, one per store, took up to ~200 ms on a cold load).
 */
export async function listEveryImport(): Promise<{ batches: ImportBatch[]; planBatches: PlanImportBatch[] }> {
  if (typeof indexedDB !== 'undefined' && !(await mayHoldImports())) return { batches: [], planBatches: [] };
  return inTransaction([STORES.figures, STORES.plans], 'readonly', (tx) => {
    const figures = tx.objectStore(STORES.figures).getAll() as IDBRequest<ImportBatch[]>;
    const plans = tx.objectStore(STORES.plans).getAll() as IDBRequest<PlanImportBatch[]>;
    return () => ({ batches: inImportOrder(figures.result), planBatches: inImportOrder(plans.result) });
  });
}

const put = (store: StoreName) => async (item: { id: string }) => {
  await inTransaction([store], 'readwrite', (tx) => {
    tx.objectStore(store).put(item);
    return () => undefined;
  });
};

const remove = (store: StoreName) => async (id: string) => {
  await inTransaction([store], 'readwrite', (tx) => {
    tx.objectStore(store).delete(id);
    return () => undefined;
  });
};

export const saveImport: (batch: ImportBatch) => Promise<void> = put(STORES.figures);
export const removeImport = remove(STORES.figures);

export const savePlanImport: (batch: PlanImportBatch) => Promise<void> = put(STORES.plans);
export const removePlanImport = remove(STORES.plans);
