// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { DataFileError } from '@/domain/issues';
import type { Figure } from '@/domain/types';
import { FIGURE_FILES } from './data-files';
import type { ImportBatch } from './imports-db';
import type { ImportsState } from './imports-queries';
import type { FileResult } from './use-file-results';
import { collectFileResults, useIndexFigures } from './use-index-figures';

const catalog = tinyCatalog();
const papiFiles = FIGURE_FILES.filter((file) => file.index === 'papi');

// Made-up figures, not real data: one figure per file, only its identity matters here.
const madeUpFigure = (year: number): Figure => ({ index: 'papi', year, unit: 'P59', component: 'total', score: 40, status: 'published', sources: ['s1'], note: '', derivation: '', line: 2 });
const madeUpImport: ImportBatch = { id: 'made-up', fileName: 'made-up.csv', importedAt: '2026-01-01T00:00:00Z', index: 'papi', year: 2030, figures: [madeUpFigure(2030)], sources: [] };

/** A query cache already holding every PAPI file and the imports, so nothing is fetched. */
function seededClient(batches: ImportBatch[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  for (const file of papiFiles) client.setQueryData(['figures', file.name, 'all'], [madeUpFigure(file.year)]);
  client.setQueryData<ImportsState>(['imports'], { batches, planBatches: [], available: true });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  return { client, wrapper };
}

describe('useIndexFigures', () => {
  it('has bundled PAPI files to read (the test needs at least one)', () => {
    expect(papiFiles.length).toBeGreaterThan(0);
  });

  it.each([
    ['bundled files only', []],
    ['an import on top', [madeUpImport]],
  ])('hands out the same result and Map across renders while nothing changes (%s)', (_, batches) => {
    const { wrapper } = seededClient(batches);
    const { result, rerender } = renderHook(() => useIndexFigures(catalog, 'papi'), { wrapper });
    const first = result.current;
    expect(first.pending).toBe(false);
    expect(first.byYear.size).toBe(papiFiles.length + batches.length);
    rerender();
    rerender();
    expect(result.current).toBe(first);
    expect(result.current.byYear).toBe(first.byYear);
  });

  it('hands out a new Map when a file changes', async () => {
    const { client, wrapper } = seededClient([]);
    const { result } = renderHook(() => useIndexFigures(catalog, 'papi'), { wrapper });
    const first = result.current.byYear;
    const file = papiFiles[0]!;
    const changed = [madeUpFigure(file.year), madeUpFigure(file.year)];
    act(() => void client.setQueryData(['figures', file.name, 'all'], changed));
    await waitFor(() => expect(result.current.byYear.get(file.year)).toHaveLength(2));
    expect(result.current.byYear).not.toBe(first);
  });

  it("reads only the file of the year asked for (an import's diff), with that year's imports applied", () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const file = papiFiles.at(-1)!;
    // Only this file is in the cache: asking for any other year would leave the result pending.
    client.setQueryData(['figures', file.name, 'all'], [madeUpFigure(file.year)]);
    const imported = { ...madeUpImport, year: file.year, figures: [{ ...madeUpFigure(file.year), score: 41 }] };
    client.setQueryData<ImportsState>(['imports'], { batches: [imported, madeUpImport], planBatches: [], available: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useIndexFigures(catalog, 'papi', 'all', file.year), { wrapper });
    expect(result.current.pending).toBe(false);
    expect(result.current.byYear.get(file.year)?.map((f) => f.score)).toEqual([41]);
    expect(client.getQueryCache().findAll({ queryKey: ['figures'] }).map((query) => query.queryKey[1])).toEqual([file.name]);
  });

  it('lists the years whose file is still loading, newest first, and keeps an import off such a year until its file is in', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const [latest, before] = [...papiFiles].sort((a, b) => b.year - a.year);
    if (!latest || !before) throw new Error('the test needs two PAPI files');
    const arrived = papiFiles.filter((file) => file !== latest && file !== before);
    for (const file of arrived) client.setQueryData(['figures', file.name, 'all'], [madeUpFigure(file.year)]);
    const ontoLatest = { ...madeUpImport, year: latest.year, figures: [{ ...madeUpFigure(latest.year), score: 41 }] };
    client.setQueryData<ImportsState>(['imports'], { batches: [ontoLatest, madeUpImport], planBatches: [], available: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    // No catalogue: the two missing files are not fetched, they stay loading.
    const { result } = renderHook(() => useIndexFigures(undefined, 'papi'), { wrapper });
    expect(result.current.pending).toBe(true);
    expect(result.current.loading).toEqual([latest.year, before.year]);
    expect([...result.current.byYear.keys()]).toEqual([...arrived.map((file) => file.year), madeUpImport.year]);
    expect(result.current.years).toEqual([...papiFiles.map((file) => file.year), madeUpImport.year]);
    act(() => void client.setQueryData(['figures', latest.name, 'all'], [madeUpFigure(latest.year)]));
    await waitFor(() => expect(result.current.loading).toEqual([before.year]));
    expect(result.current.byYear.get(latest.year)?.map((f) => f.score)).toEqual([41]);
  });

  it('reads the totals of every year from the one summary query, with no query per file', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const [latest, ...older] = [...papiFiles].sort((a, b) => b.year - a.year);
    if (!latest) throw new Error('the test needs a PAPI file');
    // The summary without the latest file: that year fails by the file's name, the others arrive.
    client.setQueryData(['figure-summary'], Object.fromEntries(older.map((file) => [file.name, { figures: [madeUpFigure(file.year)], issues: [] }])));
    client.setQueryData<ImportsState>(['imports'], { batches: [], planBatches: [], available: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    const { result } = renderHook(() => useIndexFigures(catalog, 'papi', 'totals'), { wrapper });
    expect(result.current.pending).toBe(false);
    expect([...result.current.byYear.keys()]).toEqual(older.map((file) => file.year).sort((a, b) => a - b));
    expect(result.current.errors).toMatchObject([{ file: latest.name, issues: [{ kind: 'missing-file', detail: 'not in the summary' }] }]);
    expect(client.getQueryCache().findAll({ queryKey: ['figures'] })).toEqual([]);
  });

  it('asks for the newest file first', () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    client.setQueryData<ImportsState>(['imports'], { batches: [], planBatches: [], available: true });
    const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
    renderHook(() => useIndexFigures(undefined, 'papi'), { wrapper });
    const asked = client.getQueryCache().findAll({ queryKey: ['figures'] }).map((query) => query.queryKey[1]);
    expect(asked).toEqual([...papiFiles].sort((a, b) => b.year - a.year).map((file) => file.name));
  });

  it('reports a failed file once by its name: the totals of every year failing on one unreadable summary make one error', () => {
    const missing = (file: string) => new DataFileError(file, [{ file, line: 0, kind: 'missing-file', detail: 'HTTP 404' }]);
    const failed = (error: Error): FileResult => ({ error, isPending: false });
    const summaryDown = papiFiles.map(() => failed(missing('figure-summary')));
    expect(collectFileResults(papiFiles, summaryDown).errors.map((e) => e.file)).toEqual(['figure-summary']);
    const twoFiles = papiFiles.slice(0, 2);
    expect(collectFileResults(twoFiles, twoFiles.map((file) => failed(missing(file.name)))).errors.map((e) => e.file)).toEqual(twoFiles.map((file) => file.name));
  });
});
