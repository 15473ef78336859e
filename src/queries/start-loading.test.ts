import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FigureSummary } from '@/domain/figure-summary';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import type { Figure } from '@/domain/types';
import { FIGURE_FILES } from './data-files';
import { catalogQuery, figureFileQuery, figureSummaryQuery } from './data-queries';
import { importsQuery } from './imports-queries';
import { startLoading } from './start-loading';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

const catalog = loadBundledCatalog();

// Made-up totals, not real data: one figure per yearly file, to tell which files' totals were read.
const madeUpTotal = (file: (typeof FIGURE_FILES)[number]): Figure => ({ index: file.index, year: file.year, unit: 'P59', component: 'total', score: 1, status: 'published', sources: [], note: '', derivation: '', line: 2 });
const madeUpSummary: FigureSummary = Object.fromEntries(FIGURE_FILES.map((file) => [file.name, { figures: [madeUpTotal(file)], issues: [] }]));

/** A client holding what startLoading downloads first (the catalogue, the summary, no imports): nothing is fetched. */
function loadedClient() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(catalogQuery.queryKey, catalog);
  client.setQueryData(figureSummaryQuery.queryKey, madeUpSummary);
  client.setQueryData(importsQuery.queryKey, { batches: [], planBatches: [], available: true });
  return client;
}

const totalsHeld = (client: QueryClient) => FIGURE_FILES.filter((file) => client.getQueryData(figureFileQuery(file, 'totals').queryKey) !== undefined).map((file) => file.name);

describe('what starts before the first render', () => {
  let workers: FakeWorker<unknown, unknown>[] = [];
  beforeEach(() => void (workers = stubWorkers()));
  afterEach(() => vi.unstubAllGlobals());

  it("has every yearly file's totals in hand when it settles, for a view other than the overview (its first render reads them)", async () => {
    const client = loadedClient();
    await startLoading(client, { overview: false, parses: false });
    expect(totalsHeld(client)).toEqual(FIGURE_FILES.map((file) => file.name));
    expect(client.getQueryData(figureFileQuery(FIGURE_FILES[0]!, 'totals').queryKey)).toEqual([madeUpTotal(FIGURE_FILES[0]!)]);
  });

  it("has only the provincial indices' totals for the overview, which shows nothing else", async () => {
    const client = loadedClient();
    await startLoading(client, { overview: true, parses: false });
    const provincial = FIGURE_FILES.filter((file) => catalog.indices.get(file.index)?.unitLevel === 'province');
    expect(totalsHeld(client)).toEqual(provincial.map((file) => file.name));
    expect(provincial.length).toBeLessThan(FIGURE_FILES.length);
  });

  it('starts the parse worker only for a view that parses yearly files as it opens (not the data or plans views)', async () => {
    await startLoading(loadedClient(), { overview: false, parses: false });
    expect(workers).toHaveLength(0);
    await startLoading(loadedClient(), { overview: false, parses: true });
    expect(workers).toHaveLength(1);
  });
});
