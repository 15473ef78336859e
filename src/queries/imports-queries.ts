import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ImportStorageError, listImports, removeImport, saveImport, type ImportBatch } from './imports-db';

export interface ImportsState {
  batches: ImportBatch[];
  /** False when the browser keeps no data (private mode, storage disabled): imports cannot persist. */
  available: boolean;
}

export const importsQuery = queryOptions({
  queryKey: ['imports'],
  staleTime: Infinity,
  queryFn: async (): Promise<ImportsState> => {
    try {
      return { batches: await listImports(), available: true };
    } catch (error) {
      if (error instanceof ImportStorageError) return { batches: [], available: false };
      throw error;
    }
  },
});

export function useImports() {
  return useQuery(importsQuery);
}

export function useSaveImport() {
  const client = useQueryClient();
  return useMutation({ mutationFn: saveImport, onSuccess: () => client.invalidateQueries({ queryKey: importsQuery.queryKey }) });
}

export function useRemoveImport() {
  const client = useQueryClient();
  return useMutation({ mutationFn: removeImport, onSuccess: () => client.invalidateQueries({ queryKey: importsQuery.queryKey }) });
}
