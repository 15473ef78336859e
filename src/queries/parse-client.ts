import type { PlanParseRequest, PlanParseResponse } from '@/domain/plans-files';
import parseWorkerUrl from './parse-worker.ts?worker&url';

interface Pending {
  resolve: (response: PlanParseResponse) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

/**
 * A worker whose script did not load, that crashed or whose answer could not be read: every waiting
 * request fails with what went wrong (shown in the error card), and the next request starts a new one.
 */
function failWorker(what: string) {
  worker?.terminate();
  worker = undefined;
  const error = new Error(`The data parser (parse worker) ${what}`);
  for (const request of pending.values()) request.reject(error);
  pending.clear();
}

/** The built worker's script, once kept (`keepParserScript`): the worker then starts from it. */
let keptScriptUrl: string | undefined;
let keepingScript = false;

/**
 * Reads the built worker's script once, for offline use after load (start-loading.ts, once the yearly files are downloaded): a plan
 * file imported with the network gone (a presentation hall) then parses, whatever the host's caching. Only in a
 * build, where the worker is one file; the dev server's worker imports modules by their paths.
 */
export function keepParserScript(): void {
  if (!import.meta.env.PROD || keepingScript) return;
  keepingScript = true;
  fetch(parseWorkerUrl)
    .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((script) => (keptScriptUrl = URL.createObjectURL(script)))
    .catch(() => (keepingScript = false));
}

function parseWorker(): Worker {
  if (!worker) {
    // The project's own module worker: papaparse's `worker: true` hangs in Vite production builds.
    worker = new Worker(keptScriptUrl ?? parseWorkerUrl, { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; response: PlanParseResponse }>) => {
      pending.get(event.data.id)?.resolve(event.data.response);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => failWorker(event.message ? `failed: ${event.message}` : 'failed to load');
    worker.onmessageerror = () => failWorker('sent an answer that could not be read');
  }
  return worker;
}

/** Parses an imported plan file (tasks or targets) in the parse worker, started when first needed. */
export function parseOffMainThread(request: PlanParseRequest): Promise<PlanParseResponse> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    parseWorker().postMessage({ id, request });
  });
}
