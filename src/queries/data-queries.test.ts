import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FigureSummary } from '@/domain/figure-summary';
import { DataFileError } from '@/domain/issues';
import type { Figure } from '@/domain/types';
import { FIGURE_FILES } from './data-files';
import { figureFileQuery } from './data-queries';
import { totalsFromSummary } from './use-file-results';

const file = FIGURE_FILES.find((f) => f.name === 'papi/2024.csv')!;
// Made-up figures, not real data: only where they come from matters here.
const madeUpTotal: Figure = { index: 'papi', year: 2024, unit: 'P59', component: 'total', score: 12.5, status: 'published', sources: ['s1'], note: '', derivation: '', line: 7 };

const arrived = (summary: FigureSummary) => ({ data: summary, error: null, isPending: false });

describe('the totals of a yearly file', () => {
  it('come from the build-time summary', () => {
    expect(totalsFromSummary([file], arrived({ [file.name]: { figures: [madeUpTotal], issues: [] } }))).toEqual([{ data: [madeUpTotal], isPending: false }]);
  });

  it("fail with the file's own problems, naming the file, as a parsed file would", () => {
    const issue = { file: file.name, line: 7, kind: 'not-a-number', column: 'score', raw: '40.4x' } as const;
    const [result] = totalsFromSummary([file], arrived({ [file.name]: { figures: [], issues: [issue] } }));
    expect(result?.error).toBeInstanceOf(DataFileError);
    expect(result?.error).toMatchObject({ file: file.name, issues: [issue] });
  });

  it('fail as a missing file when the summary does not hold the file', () => {
    const [result] = totalsFromSummary([file], arrived({}));
    expect(result?.error).toMatchObject({ file: file.name, issues: [{ kind: 'missing-file', detail: 'not in the summary' }] });
  });

  it("share the summary's state while it loads, and its error if it failed", () => {
    const down = new DataFileError('figure-summary', [{ file: 'figure-summary', line: 0, kind: 'missing-file', detail: 'HTTP 404' }]);
    expect(totalsFromSummary([file, file], { error: null, isPending: true })).toEqual([{ error: null, isPending: true }, { error: null, isPending: true }]);
    expect(totalsFromSummary([file], { error: down, isPending: false })).toEqual([{ error: down, isPending: false }]);
  });
});

describe('a whole yearly file', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('stays failed when a view that reads it mounts again, instead of being fetched again and again', async () => {
    const fetched = vi.fn(() => Promise.reject(new Error('offline')));
    vi.stubGlobal('fetch', fetched);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await client.fetchQuery(figureFileQuery(file)).catch(() => undefined);
    const unsubscribe = new QueryObserver(client, figureFileQuery(file)).subscribe(() => undefined);
    const query = client.getQueryCache().find({ queryKey: figureFileQuery(file).queryKey });
    expect(query?.state).toMatchObject({ status: 'error', fetchStatus: 'idle' });
    expect(fetched).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it("is read from its build-time parse, and its figures stay for the session once read, with no second download (the network may be gone)", async () => {
    vi.useFakeTimers();
    const parse = { figures: [madeUpTotal], issues: [] };
    const fetched = vi.fn(async () => new Response(JSON.stringify(parse), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetched);
    // In a browser, a query no view reads is dropped after 5 minutes by default (under Node, never).
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: 5 * 60 * 1000 } } });
    const unsubscribe = new QueryObserver(client, figureFileQuery(file)).subscribe(() => undefined);
    await vi.waitFor(() => expect(client.getQueryData(figureFileQuery(file).queryKey)).toEqual([madeUpTotal]));
    unsubscribe();
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(client.getQueryData(figureFileQuery(file).queryKey)).toEqual([madeUpTotal]);
    expect(fetched).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
