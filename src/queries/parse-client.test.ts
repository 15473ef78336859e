import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PlanParseRequest, PlanParseResponse } from '@/domain/plans-files';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

type Worker = FakeWorker<{ id: number; request: PlanParseRequest }, { id: number; response: PlanParseResponse }>;

// Not a real request: only its identity matters here.
const plans = { file: 'tasks', text: '' } as unknown as PlanParseRequest;
const answer = { file: 'tasks', tasks: [], issues: [] } as unknown as PlanParseResponse;
const otherAnswer = { file: 'tasks', tasks: [], issues: [{ file: 'tasks', line: 2, kind: 'missing-value' }] } as unknown as PlanParseResponse;

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

  it('starts no worker before a plan file is parsed, then answers each request with its own response from one worker', async () => {
    const { parseOffMainThread } = await client();
    expect(workers).toHaveLength(0);
    const first = parseOffMainThread(plans);
    const second = parseOffMainThread(plans);
    const worker = workers[0]!;
    worker.reply({ id: 1, response: otherAnswer });
    worker.reply({ id: 0, response: answer });
    await expect(first).resolves.toEqual(answer);
    await expect(second).resolves.toEqual(otherAnswer);
    expect(workers).toHaveLength(1);
  });

  it.each([
    ['cannot load its script', (w: Worker) => w.fail(''), 'The data parser (parse worker) failed to load'],
    ['crashes', (w: Worker) => w.fail('Uncaught RangeError: out of memory'), 'The data parser (parse worker) failed: Uncaught RangeError: out of memory'],
    ['sends an unreadable answer', (w: Worker) => w.onmessageerror?.(), 'The data parser (parse worker) sent an answer that could not be read'],
  ])('rejects every waiting request, naming what failed, when the worker %s', async (_, fail, message) => {
    const { parseOffMainThread } = await client();
    const waiting = [parseOffMainThread(plans), parseOffMainThread(plans)];
    fail(workers[0]!);
    for (const request of waiting) await expect(request).rejects.toThrow(message);
    expect(workers[0]?.terminated).toBe(true);
  });

  it('starts a new worker for the next request after a failure', async () => {
    const { parseOffMainThread } = await client();
    void parseOffMainThread(plans).catch(() => undefined);
    workers[0]?.fail('');
    const next = parseOffMainThread(plans);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ id: 1, request: plans }]);
    workers[1]?.reply({ id: 1, response: answer });
    await expect(next).resolves.toEqual(answer);
  });

  describe('the script kept for a parse with the network gone', () => {
    const keptUrl = 'blob:kept-parse-worker';
    let fetched: string[];
    beforeEach(() => {
      fetched = [];
      vi.stubEnv('PROD', true);
      vi.stubGlobal('fetch', (url: string) => (fetched.push(url), Promise.resolve({ ok: true, blob: () => Promise.resolve(new Blob(['/* script */'])) })));
      vi.stubGlobal('URL', Object.assign(class extends URL {}, { createObjectURL: () => keptUrl }));
    });
    afterEach(() => vi.unstubAllEnvs());
    const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

    it('starts the worker from the kept script', async () => {
      const { keepParserScript, parseOffMainThread } = await client();
      keepParserScript();
      await settle();
      expect(fetched).toHaveLength(1);
      void parseOffMainThread(plans);
      expect(workers[0]?.url).toBe(keptUrl);
    });

    it('starts it from its address while the script is not kept: not read yet, not readable, or outside a build', async () => {
      vi.stubGlobal('fetch', (url: string) => (fetched.push(url), Promise.resolve({ ok: false, status: 404 })));
      const { keepParserScript, parseOffMainThread } = await client();
      keepParserScript();
      await settle();
      void parseOffMainThread(plans);
      expect(workers[0]?.url).toBe(fetched[0]);
      vi.stubEnv('PROD', false);
      const dev = await client();
      dev.keepParserScript();
      expect(fetched).toHaveLength(1);
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
