import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Catalog } from '@/domain/types';
import type { ParseRequest, ParseResponse } from './parse-protocol';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

type Worker = FakeWorker<{ id: number; request: ParseRequest }, { id: number; response: ParseResponse }>;

const plans = { kind: 'plans', request: { file: 'tasks', text: '' } } as unknown as Extract<ParseRequest, { kind: 'plans' }>;
const figures = { kind: 'figures', file: 'papi/2024.csv', index: 'papi', year: 2024, text: '' } as const satisfies ParseRequest;
// Not a real catalogue: only its identity matters here.
const madeUpCatalog = { units: new Map() } as unknown as Catalog;

async function client() {
  vi.resetModules();
  return import('./parse-client');
}

describe('parse client', () => {
  let workers: Worker[];
  beforeEach(() => {
    workers = stubWorkers();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('answers each request with its own response from one worker', async () => {
    const { parseOffMainThread } = await client();
    const first = parseOffMainThread(figures);
    const second = parseOffMainThread(figures);
    const worker = workers[0]!;
    worker.reply({ id: 1, response: { kind: 'figures', figures: [], issues: [{ file: 'papi/2024.csv', line: 2, kind: 'missing-value' }] } });
    worker.reply({ id: 0, response: { kind: 'figures', figures: [], issues: [] } });
    await expect(first).resolves.toEqual({ kind: 'figures', figures: [], issues: [] });
    await expect(second).resolves.toMatchObject({ issues: [{ line: 2 }] });
    expect(workers).toHaveLength(1);
  });

  it.each([
    ['cannot load its script', (w: Worker) => w.fail(''), 'The data parser (parse worker) failed to load'],
    ['crashes', (w: Worker) => w.fail('Uncaught RangeError: out of memory'), 'The data parser (parse worker) failed: Uncaught RangeError: out of memory'],
    ['sends an unreadable answer', (w: Worker) => w.onmessageerror?.(), 'The data parser (parse worker) sent an answer that could not be read'],
  ])('rejects every waiting request, naming what failed, when the worker %s', async (_, fail, message) => {
    const { parseOffMainThread } = await client();
    const waiting = [parseOffMainThread(figures), parseOffMainThread(plans)];
    fail(workers[0]!);
    for (const request of waiting) await expect(request).rejects.toThrow(message);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('starts a new worker for the next request after a failure', async () => {
    const { parseOffMainThread } = await client();
    void parseOffMainThread(figures).catch(() => undefined);
    workers[0]?.fail('');
    const next = parseOffMainThread(figures);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ id: 1, request: figures }]);
    workers[1]?.reply({ id: 1, response: { kind: 'figures', figures: [], issues: [] } });
    await expect(next).resolves.toEqual({ kind: 'figures', figures: [], issues: [] });
  });

  it('sends the catalogue once the worker runs, and again first to a worker started after a failure', async () => {
    const { parseOffMainThread, setParserCatalog } = await client();
    setParserCatalog(madeUpCatalog);
    expect(workers).toHaveLength(0);
    void parseOffMainThread(figures).catch(() => undefined);
    const sendsCatalog = { id: -1, request: { kind: 'catalog', catalog: madeUpCatalog } };
    expect(workers[0]?.sent).toEqual([sendsCatalog, { id: 0, request: figures }]);
    workers[0]?.fail('');
    void parseOffMainThread(figures).catch(() => undefined);
    expect(workers[1]?.sent).toEqual([sendsCatalog, { id: 1, request: figures }]);
  });
});
