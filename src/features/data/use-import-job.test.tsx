// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import type { ImportCommand, ImportReply } from '@/queries/import-protocol';
import { stubWorkers, type FakeWorker } from '@/queries/testing/fake-worker';
import type { JobSettings } from './import-settings';

// A made-up file: the fake worker never reads it.
const file = new File(['unit,component,score\n'], 'papi-2024-made-up.csv');
const initial: JobSettings = { fileName: file.name, index: 'papi', year: 2024, source: '' };
const emptyFile = (id: number): ImportReply => ({ id, message: { kind: 'failed', issue: { file: file.name, line: 0, kind: 'empty-file' } } });

async function hook() {
  vi.resetModules();
  return import('./use-import-job');
}

describe('useImportJob', () => {
  let workers: FakeWorker<ImportCommand, ImportReply>[];
  beforeEach(() => {
    workers = stubWorkers();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts a file’s first analysis from the event that chose it, before anything renders', async () => {
    const { startEarlyAnalysis } = await hook();
    startEarlyAnalysis(file, tinyCatalog(), initial);
    expect(workers[0]?.sent).toEqual([{ kind: 'analyse', id: 0, request: expect.objectContaining({ file, settings: expect.objectContaining({ index: 'papi', year: 2024 }) }) }]);
  });

  it('takes over the analysis begun early: no second one, and its progress and outcome are shown', async () => {
    const { startEarlyAnalysis, useImportJob } = await hook();
    const catalog = tinyCatalog();
    const early = startEarlyAnalysis(file, catalog, initial);
    const { result } = renderHook(() => useImportJob(file, catalog, initial, early));
    expect(workers[0]?.sent.map((c) => c.kind)).toEqual(['analyse']);
    act(() => workers[0]?.reply({ id: 0, message: { kind: 'progress', fraction: 0.5 } }));
    expect(result.current.phase).toEqual({ kind: 'analysing', fraction: 0.5 });
    await act(async () => workers[0]?.reply(emptyFile(0)));
    expect(result.current.phase).toEqual({ kind: 'failed', issues: [{ file: file.name, line: 0, kind: 'empty-file' }] });
  });

  it('starts its own analysis when mounted again (strict mode, the kind switched back to figures), the early one cancelled', async () => {
    const { startEarlyAnalysis, useImportJob } = await hook();
    const catalog = tinyCatalog();
    const early = startEarlyAnalysis(file, catalog, initial);
    renderHook(() => useImportJob(file, catalog, initial, early)).unmount();
    const { result } = renderHook(() => useImportJob(file, catalog, initial, early));
    expect(workers[0]?.sent.map((c) => `${c.kind} ${c.id}`)).toEqual(['analyse 0', 'cancel 0', 'analyse 1']);
    await act(async () => workers[0]?.reply(emptyFile(1)));
    expect(result.current.phase).toMatchObject({ kind: 'failed' });
  });

  it('starts the analysis itself when none was begun', async () => {
    const { useImportJob } = await hook();
    renderHook(() => useImportJob(file, tinyCatalog(), initial));
    expect(workers[0]?.sent.map((c) => c.kind)).toEqual(['analyse']);
  });
});
