import { queryOptions, useQuery } from '@tanstack/react-query';
import { ImportStorageError, listEveryImport, type ImportBatch, type PlanImportBatch } from './imports-db';

export interface ImportsState {
  batches: ImportBatch[];
  planBatches: PlanImportBatch[];
  /** False when the browser keeps no data (private mode, storage disabled): imports cannot persist. */
  available: boolean;
}

export const importsQuery = queryOptions({
  queryKey: ['imports'],
  staleTime: Infinity,
  queryFn: async (): Promise<ImportsState> => {
    try {
      return { ...(await listEveryImport()), available: true };
    } catch (error) {
      if (error instanceof ImportStorageError) return { batches: [], planBatches: [], available: false };
      throw error;
    }
  },
});

export function useImports() {
  return useQuery(importsQuery);
}
