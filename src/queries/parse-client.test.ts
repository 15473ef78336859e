import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ParseRequest, ParseResponse } from './parse-protocol';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

type Worker = FakeWorker<{ id: number; request: ParseRequest }, { id: number; response: ParseResponse }>;

const plans = { kind: 'plans', request: { file: 'core', texts: { agencies: '', plans: '' } } } as unknown as Extract<ParseRequest, { kind: 'plans' }>;
const catalog = { kind: 'catalog', texts: {} } as unknown as Extract<ParseRequest, { kind: 'catalog' }>;

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
    const first = parseOffMainThread(catalog);
    const second = parseOffMainThread(catalog);
    const worker = workers[0]!;
    worker.reply({ id: 1, response: { kind: 'catalog', issues: [{ file: 'units.csv', line: 2, kind: 'missing-value' }] } });
    worker.reply({ id: 0, response: { kind: 'catalog', issues: [] } });
    await expect(first).resolves.toEqual({ kind: 'catalog', issues: [] });
    await expect(second).resolves.toMatchObject({ issues: [{ file: 'units.csv' }] });
    expect(workers).toHaveLength(1);
  });

  it.each([
    ['cannot load its script', (w: Worker) => w.fail(''), 'The data parser (parse worker) failed to load'],
    ['crashes', (w: Worker) => w.fail('Uncaught RangeError: out of memory'), 'The data parser (parse worker) failed: Uncaught RangeError: out of memory'],
    ['sends an unreadable answer', (w: Worker) => w.onmessageerror?.(), 'The data parser (parse worker) sent an answer that could not be read'],
  ])('rejects every waiting request, naming what failed, when the worker %s', async (_, fail, message) => {
    const { parseOffMainThread } = await client();
    const waiting = [parseOffMainThread(catalog), parseOffMainThread(plans)];
    fail(workers[0]!);
    for (const request of waiting) await expect(request).rejects.toThrow(message);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('starts a new worker for the next request after a failure', async () => {
    const { parseOffMainThread } = await client();
    void parseOffMainThread(catalog).catch(() => undefined);
    workers[0]?.fail('');
    const next = parseOffMainThread(catalog);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ id: 1, request: catalog }]);
    workers[1]?.reply({ id: 1, response: { kind: 'catalog', issues: [] } });
    await expect(next).resolves.toEqual({ kind: 'catalog', issues: [] });
  });
});
