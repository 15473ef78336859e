import { holdBackgroundWork } from './import-hold';
import type { ImportCommand, ImportMessage, ImportReply, ImportRequest } from './import-protocol';

/**
 * Files above this size are refused before reading (stated in the import panel): what the browser's
 * storage is sure to hold once applied. A valid file cannot grow much past it anyway (one figure per
 * unit and component, 10,000 characters a cell); the largest such PAPI file, 57 MB of notes, was stored.
 */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** A cancelled analysis must stop within this time, or its worker is stopped. */
export const CANCEL_WITHIN_MS = 1000;

type Outcome = Extract<ImportMessage, { kind: 'done' | 'failed' }>;

export interface RunningImport {
  result: Promise<Outcome>;
  cancel: () => void;
}

interface Job {
  request: ImportRequest;
  resolve: (outcome: Outcome) => void;
  reject: (error: Error) => void;
  onProgress: (fraction: number) => void;
}

let worker: Worker | undefined;
let nextId = 0;
const jobs = new Map<number, Job>();
/** Cancelled analyses the worker has not yet confirmed stopping. */
const stopping = new Map<number, ReturnType<typeof setTimeout>>();

const cancelledError = () => new DOMException('Import cancelled', 'AbortError');

function dropWorker() {
  worker?.terminate();
  worker = undefined;
  for (const timer of stopping.values()) clearTimeout(timer);
  stopping.clear();
}

/** A crash or a script that will not load: every analysis in the worker fails with what went wrong. */
function failWorker(error: Error) {
  dropWorker();
  for (const job of jobs.values()) job.reject(error);
  jobs.clear();
}

/**
 * A cancelled analysis that did not stop in time (a workbook is read in one blocking step): the
 * worker is replaced, and the analyses that were not cancelled start again in the new one.
 */
function replaceWorker() {
  dropWorker();
  for (const [id, job] of jobs) send({ kind: 'analyse', id, request: job.request });
}

function onReply({ id, message }: ImportReply) {
  if (stopping.has(id) && message.kind !== 'progress') {
    // Stopped, or finished before it read the cancel: either way it no longer runs.
    clearTimeout(stopping.get(id));
    stopping.delete(id);
  }
  const job = jobs.get(id);
  if (!job || message.kind === 'cancelled') return;
  if (message.kind === 'progress') return job.onProgress(message.fraction);
  jobs.delete(id);
  job.resolve(message);
}

function importWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<ImportReply>) => onReply(event.data);
    worker.onerror = (event) => failWorker(new Error(event.message || 'The import worker failed to load'));
    worker.onmessageerror = () => failWorker(new Error('The import worker sent a message that could not be read'));
  }
  return worker;
}

function send(command: ImportCommand) {
  importWorker().postMessage(command);
}

/** Loads the worker's script while the network is there, so imports work offline later. */
export function warmUpImporter(): void {
  importWorker();
}

/** Analyses a file in the import worker, telling progress, the background parse held until it ends; cancelling stops it within a second. */
export function startImportAnalysis(request: ImportRequest, onProgress: (fraction: number) => void): RunningImport {
  const id = nextId++;
  const result = new Promise<Outcome>((resolve, reject) => jobs.set(id, { request, resolve, reject, onProgress }));
  const release = holdBackgroundWork();
  result.then(release, release);
  send({ kind: 'analyse', id, request });
  const cancel = () => {
    const job = jobs.get(id);
    if (!job) return;
    jobs.delete(id);
    job.reject(cancelledError());
    send({ kind: 'cancel', id });
    stopping.set(id, setTimeout(replaceWorker, CANCEL_WITHIN_MS));
  };
  return { result, cancel };
}
