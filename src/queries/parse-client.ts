import type { ParseRequest, ParseResponse } from './parse-protocol';

type Resolver = (response: ParseResponse) => void;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Resolver>();

function parseWorker(): Worker {
  if (!worker) {
    // The project's own module worker: papaparse's `worker: true` hangs in Vite production builds.
    worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ id: number; response: ParseResponse }>) => {
      pending.get(event.data.id)?.(event.data.response);
      pending.delete(event.data.id);
    };
  }
  return worker;
}

/** Starts the worker early, so that its script loads while the first files are fetched. */
export function warmUpParser(): void {
  parseWorker();
}

export function parseOffMainThread<K extends ParseRequest['kind']>(
  request: Extract<ParseRequest, { kind: K }>,
): Promise<Extract<ParseResponse, { kind: K }>> {
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve as Resolver);
    parseWorker().postMessage({ id, request });
  });
}
