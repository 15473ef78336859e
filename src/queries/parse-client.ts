import type { Catalog } from '@/domain/types';
import type { ParseRequest, ParseResponse } from './parse-protocol';

interface Pending {
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

function parseWorker(): Worker {
  if (!worker) {
    // The project's own module worker: papaparse's `worker: true` hangs in Vite production builds.
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
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

export function parseOffMainThread<K extends ParseRequest['kind']>(
  request: Extract<ParseRequest, { kind: K }>,
): Promise<Extract<ParseResponse, { kind: K }>> {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve: resolve as Pending['resolve'], reject });
    parseWorker().postMessage({ id, request });
  });
}
