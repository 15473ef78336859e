import type { Catalog } from '@/domain/types';
import type { ParseRequest, ParseResponse } from './parse-protocol';
import parseWorkerUrl from './parse-worker.ts?worker&url';
import { whenNotHeld } from './import-hold';

interface Pending {
  message: { id: number; request: ParseRequest };
  resolve: (response: ParseResponse) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let nextId = 0;
let catalog: Catalog | undefined;
/** A message whose answer nobody waits for. */
const UNANSWERED = -1;
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

/** The built worker's script, once kept (`keepParserScript`): a worker started again runs from it. */
let keptScriptUrl: string | undefined;
let keepingScript = false;

/**
 * Reads the built worker's script once, for offline use after load (start-loading.ts, with the yearly files): a
 * worker started again later (after `stopParser`, or a failure) then runs from it with the network gone too (a
 * presentation hall), whatever the host's caching. Only in a build, where the worker is one file; the dev server's
 * worker imports modules by their paths.
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
    worker.onmessage = (event: MessageEvent<{ id: number; response: ParseResponse }>) => {
      pending.get(event.data.id)?.resolve(event.data.response);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => failWorker(event.message ? `failed: ${event.message}` : 'failed to load');
    worker.onmessageerror = () => failWorker('sent an answer that could not be read');
    if (catalog) worker.postMessage({ id: UNANSWERED, request: { kind: 'catalog', catalog } });
  }
  return worker;
}

/**
 * The catalogue the parser validates yearly and plan files against: kept, sent to the worker once it runs,
 * and again to a worker started after a failure, before any request of its own.
 */
export function setParserCatalog(next: Catalog): void {
  catalog = next;
  worker?.postMessage({ id: UNANSWERED, request: { kind: 'catalog', catalog } });
}

/** Starts the worker early, so that its script loads while the first files are fetched. */
export function warmUpParser(): void {
  parseWorker();
}

/**
 * Ends the worker, once its script is kept, to give its memory back while an import reads a file (import-client.ts):
 * it held ~25-30 MB after the yearly files' parse, and a 1M-row import peaked 321-325 -> 295-300 MB without it. What
 * it had not answered yet (a yearly file of the background parse) is asked again of a new worker once no import holds
 * the background work; a request made meanwhile starts one at once. A new worker is sent the catalogue first.
 */
export function stopParser(): void {
  if (!worker || !keptScriptUrl) return;
  worker.terminate();
  worker = undefined;
  const unanswered = [...pending.values()].map(({ message }) => message);
  if (unanswered.length > 0) whenNotHeld(() => unanswered.filter(({ id }) => pending.has(id)).forEach((message) => parseWorker().postMessage(message)));
}

export function parseOffMainThread<K extends ParseRequest['kind']>(
  request: Extract<ParseRequest, { kind: K }>,
): Promise<Extract<ParseResponse, { kind: K }>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const message = { id, request };
    pending.set(id, { message, resolve: resolve as Pending['resolve'], reject });
    parseWorker().postMessage(message);
  });
}
