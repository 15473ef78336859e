import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportCommand, ImportReply, ImportRequest } from './import-protocol';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

const request = { file: { name: 'a.csv' } } as unknown as ImportRequest;

async function client() {
  vi.resetModules();
  return { ...(await import('./import-client')), ...(await import('./import-hold')) };
}

describe('import client', () => {
  let workers: FakeWorker<ImportCommand, ImportReply>[];
  beforeEach(() => {
    workers = stubWorkers();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('keeps one worker for every analysis, so nothing is fetched again offline', async () => {
    const { startImportAnalysis, warmUpImporter } = await client();
    warmUpImporter();
    startImportAnalysis(request, () => {});
    startImportAnalysis(request, () => {});
    expect(workers).toHaveLength(1);
    expect(workers[0]?.sent.map((c) => c.kind)).toEqual(['analyse', 'analyse']);
  });

  it('passes progress on and resolves with the outcome of its own analysis', async () => {
    const { startImportAnalysis } = await client();
    const progress: number[] = [];
    const first = startImportAnalysis(request, (f) => progress.push(f));
    const second = startImportAnalysis(request, () => {});
    const worker = workers[0]!;
    worker.reply({ id: 0, message: { kind: 'progress', fraction: 0.5 } });
    worker.reply({ id: 1, message: { kind: 'failed', issue: { file: 'a.csv', line: 0, kind: 'empty-file' } } });
    await expect(second.result).resolves.toMatchObject({ kind: 'failed' });
    expect(progress).toEqual([0.5]);
    void first.result.catch(() => {});
  });

  it('rejects a cancelled analysis at once and tells the worker to stop it', async () => {
    const { startImportAnalysis } = await client();
    const job = startImportAnalysis(request, () => {});
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ name: 'AbortError' });
    const worker = workers[0]!;
    expect(worker.sent.at(-1)).toEqual({ kind: 'cancel', id: 0 });
    worker.reply({ id: 0, message: { kind: 'cancelled' } });
    vi.advanceTimersByTime(5000);
    expect(worker.terminated).toBe(false);
  });

  it('replaces a worker that does not honour a cancel within a second; the analyses not cancelled start again in the new one', async () => {
    const { CANCEL_WITHIN_MS, startImportAnalysis } = await client();
    const job = startImportAnalysis(request, () => {});
    const other = startImportAnalysis(request, () => {});
    job.cancel();
    await expect(job.result).rejects.toMatchObject({ name: 'AbortError' });
    vi.advanceTimersByTime(CANCEL_WITHIN_MS - 1);
    expect(workers[0]?.terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(workers[0]?.terminated).toBe(true);
    expect(workers).toHaveLength(2);
    expect(workers[1]?.sent).toEqual([{ kind: 'analyse', id: 1, request }]);
    workers[1]?.reply({ id: 1, message: { kind: 'failed', issue: { file: 'a.csv', line: 0, kind: 'empty-file' } } });
    await expect(other.result).resolves.toMatchObject({ kind: 'failed' });
  });

  it('fails every running analysis with what went wrong when the worker crashes or cannot load', async () => {
    const { startImportAnalysis } = await client();
    const job = startImportAnalysis(request, () => {});
    workers[0]?.fail('Failed to fetch the script');
    await expect(job.result).rejects.toThrow('Failed to fetch the script');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('holds the background parse while an analysis runs, until it ends or is cancelled', async () => {
    const { startImportAnalysis, whenNotHeld } = await client();
    const parse = vi.fn();
    const ends = startImportAnalysis(request, () => {});
    const cancelled = startImportAnalysis(request, () => {});
    whenNotHeld(parse);
    workers[0]?.reply({ id: 0, message: { kind: 'failed', issue: { file: 'a.csv', line: 0, kind: 'empty-file' } } });
    await ends.result;
    expect(parse).not.toHaveBeenCalled();
    cancelled.cancel();
    await cancelled.result.catch(() => undefined);
    expect(parse).toHaveBeenCalledTimes(1);
  });
});
