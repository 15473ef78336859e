import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ImportBatch, PlanImportBatch } from './imports-db';

export interface ImportsState {
  batches: ImportBatch[];
  planBatches: PlanImportBatch[];
  /** False when the browser keeps no data (private mode, storage disabled): imports cannot persist. */
  available: boolean;
}

// The IndexedDB code loads apart from the first screen's, while the bundled files download.
const importsDb = () => import('./imports-db');

export const importsQuery = queryOptions({
  queryKey: ['imports'],
  staleTime: Infinity,
  queryFn: async (): Promise<ImportsState> => {
    const db = await importsDb();
    try {
      const [batches, planBatches] = await Promise.all([db.listImports(), db.listPlanImports()]);
      return { batches, planBatches, available: true };
    } catch (error) {
      if (error instanceof db.ImportStorageError) return { batches: [], planBatches: [], available: false };
      throw error;
    }
  },
});

export function useImports() {
  return useQuery(importsQuery);
}
