import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ImportStorageError,
  listImports,
  listPlanImports,
  removeImport,
  removePlanImport,
  saveImport,
  savePlanImport,
  type ImportBatch,
  type PlanImportBatch,
} from './imports-db';

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
      const [batches, planBatches] = await Promise.all([listImports(), listPlanImports()]);
      return { batches, planBatches, available: true };
    } catch (error) {
      if (error instanceof ImportStorageError) return { batches: [], planBatches: [], available: false };
      throw error;
    }
  },
});

export function useImports() {
  return useQuery(importsQuery);
}

/** A change to the stored imports, after which every view reads them again. */
function useImportsMutation<T>(mutationFn: (value: T) => Promise<void>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: importsQuery.queryKey }) });
}

export const useSaveImport = () => useImportsMutation(saveImport);
export const useRemoveImport = () => useImportsMutation(removeImport);
export const useSavePlanImport = () => useImportsMutation(savePlanImport);
export const useRemovePlanImport = () => useImportsMutation(removePlanImport);
