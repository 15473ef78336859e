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

  describe('the worker stopped while an import reads a file, its memory given back', () => {
    const keptUrl = 'blob:kept-parse-worker';
    const answer: ParseResponse = { kind: 'figures', figures: [], issues: [] };
    let fetched: string[];
    beforeEach(() => {
      fetched = [];
      vi.stubEnv('PROD', true);
      vi.stubGlobal('fetch', (url: string) => (fetched.push(url), Promise.resolve({ ok: true, blob: () => Promise.resolve(new Blob(['/* script */'])) })));
      vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: () => keptUrl }));
    });
    afterEach(() => vi.unstubAllEnvs());
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
    const withHold = async () => ({ ...(await client()), ...(await import('./import-hold')) });

    it('starts the next worker from the kept script, sent the catalogue first', async () => {
      const { keepParserScript, parseOffMainThread, setParserCatalog, stopParser } = await client();
      setParserCatalog(madeUpCatalog);
      void parseOffMainThread(figures);
      workers[0]?.reply({ id: 0, response: answer });
      keepParserScript();
      await settle();
      expect(fetched).toEqual([workers[0]?.url]);
      stopParser();
      expect(workers[0]?.terminated).toBe(true);
      void parseOffMainThread(figures);
      expect(workers[1]?.url).toBe(keptUrl);
      expect(workers[1]?.sent).toEqual([{ id: -1, request: { kind: 'catalog', catalog: madeUpCatalog } }, { id: 1, request: figures }]);
    });

    it('asks what was not answered again of a new worker once the import no longer holds the background work', async () => {
      const { holdBackgroundWork, keepParserScript, parseOffMainThread, stopParser } = await withHold();
      keepParserScript();
      await settle();
      const waiting = parseOffMainThread(figures);
      const release = holdBackgroundWork();
      stopParser();
      expect(workers[0]?.terminated).toBe(true);
      expect(workers).toHaveLength(1);
      release();
      expect(workers[1]?.sent).toEqual([{ id: 0, request: figures }]);
      workers[1]?.reply({ id: 0, response: answer });
      await expect(waiting).resolves.toEqual(answer);
    });

    it('keeps the worker while its script is not kept: not read yet, not readable, or outside a build', async () => {
      const { parseOffMainThread, stopParser, keepParserScript } = await client();
      void parseOffMainThread(figures);
      stopParser();
      vi.stubGlobal('fetch', () => Promise.resolve({ ok: false, status: 404 }));
      keepParserScript();
      await settle();
      stopParser();
      expect(workers[0]?.terminated).toBe(false);
      vi.stubEnv('PROD', false);
      vi.stubGlobal('fetch', (url: string) => (fetched.push(url), Promise.reject(new Error('not expected'))));
      const dev = await client();
      dev.keepParserScript();
      expect(fetched).toEqual([]);
    });

    it('reads the script once', async () => {
      const { keepParserScript } = await client();
      keepParserScript();
      keepParserScript();
      await settle();
      expect(fetched).toHaveLength(1);
    });
  });
});
