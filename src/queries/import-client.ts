import type { ImportMessage, ImportRequest } from './import-protocol';

/** Files above this size are refused before reading: stated in the import panel. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

export interface RunningImport {
  result: Promise<Extract<ImportMessage, { kind: 'done' | 'failed' }>>;
  cancel: () => void;
}

/** Analyses a file in a worker of its own, so that cancelling simply stops that worker. */
export function startImportAnalysis(request: ImportRequest, onProgress: (fraction: number) => void): RunningImport {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let cancel = () => {};
  const result = new Promise<Extract<ImportMessage, { kind: 'done' | 'failed' }>>((resolve, reject) => {
    cancel = () => {
      worker.terminate();
      reject(new DOMException('Import cancelled', 'AbortError'));
    };
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.kind === 'progress') return onProgress(event.data.fraction);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
  });
  worker.postMessage(request);
  return { result, cancel };
}
