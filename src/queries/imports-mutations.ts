import { useMutation, useQueryClient } from '@tanstack/react-query';
import { removeImport, removePlanImport, saveImport, savePlanImport } from './imports-db';
import { importsQuery } from './imports-queries';

// Apart from imports-queries.ts: only the data view changes the imports, and the first screen
// should not download the code for it.

/** A change to the stored imports, after which every view reads them again. */
function useImportsMutation<T>(mutationFn: (value: T) => Promise<void>) {
  const client = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => client.invalidateQueries({ queryKey: importsQuery.queryKey }) });
}

export const useSaveImport = () => useImportsMutation(saveImport);
export const useRemoveImport = () => useImportsMutation(removeImport);
export const useSavePlanImport = () => useImportsMutation(savePlanImport);
export const useRemovePlanImport = () => useImportsMutation(removePlanImport);
