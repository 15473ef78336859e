import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planPackOf } from '@/domain/plans-pack';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { TINY_PLAN_TEXTS } from '@/domain/testing/tiny-plans';
import { catalogQuery, figureFileQuery } from './data-queries';
import { FIGURE_FILES_NEWEST_FIRST } from './data-files';
import { planCoreQuery, targetsQuery, tasksQuery } from './plan-queries';
import { keepEveryFile, startLoading } from './start-loading';
import { stubWorkers, type FakeWorker } from './testing/fake-worker';

const newClient = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('what starts before the first render', () => {
  let workers: FakeWorker<unknown, unknown>[] = [];
  beforeEach(() => {
    workers = stubWorkers();
    // Downloads that never end (the catalogue, the summary…), unless a test serves one.
    vi.stubGlobal('fetch', vi.fn(() => new Promise<never>(() => undefined)));
  });
  afterEach(() => vi.unstubAllGlobals());

  it('starts no worker, whatever the first view: the yearly files come parsed', () => {
    void startLoading(newClient(), {});
    void startLoading(newClient(), { wholeIndex: 'papi' });
    expect(workers).toHaveLength(0);
  });

  it('has the plans in hand for the plans view without waiting for the catalogue (they come parsed)', async () => {
    const texts = { 'plans/agencies.csv': TINY_PLAN_TEXTS.agencies, 'plans/plans.csv': TINY_PLAN_TEXTS.plans, 'plans/targets.csv': TINY_PLAN_TEXTS.targets, 'plans/tasks.csv': TINY_PLAN_TEXTS.tasks };
    const pack = planPackOf(texts, tinyCatalog());
    vi.stubGlobal('fetch', vi.fn((url: string) => (/plan/.test(String(url)) ? Promise.resolve(new Response(JSON.stringify(pack))) : new Promise<never>(() => undefined))));
    const client = newClient();
    void startLoading(client, { plans: true });
    await vi.waitFor(() => expect(client.getQueryData(tasksQuery.queryKey)).toHaveLength(3));
    expect(client.getQueryData(targetsQuery.queryKey)).toEqual(pack.targets);
    expect(client.getQueryData(planCoreQuery.queryKey)?.plans.map((plan) => plan.code)).toEqual(['qd-4168-2021', 'kh-101-2025']);
  });
});

describe('every yearly file kept once the first screen is idle', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('downloads six at a time the files no view has asked for, and parses each in an idle moment of its own', async () => {
    const idle: (() => void)[] = [];
    vi.stubGlobal('window', { requestIdleCallback: (callback: () => void) => idle.push(callback), cancelIdleCallback: () => undefined });
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (fetched.push(String(url)), new Response('{"figures":[],"issues":[]}', { headers: { 'content-type': 'application/json' } }))));
    const client = newClient();
    client.setQueryData(catalogQuery.queryKey, tinyCatalog());
    const [asked, second, third] = FIGURE_FILES_NEWEST_FIRST;
    if (!asked || !second || !third) throw new Error('no bundled yearly files');
    client.setQueryData(figureFileQuery(asked).queryKey, []);

    keepEveryFile(client);
    const firstSix = FIGURE_FILES_NEWEST_FIRST.slice(1, 6).map((file) => file.url);
    await vi.waitFor(() => expect(fetched).toEqual(expect.arrayContaining(firstSix)));
    expect(fetched).not.toContain(asked.url);
    // Downloaded, not yet parsed: each waits for an idle moment (the first one is the plans').
    const parsed = (file: typeof second) => client.getQueryData(figureFileQuery(file).queryKey) !== undefined;
    expect([second, third].map(parsed)).toEqual([false, false]);
    await vi.waitFor(() => expect(idle.length).toBeGreaterThanOrEqual(2));
    idle[1]?.();
    await vi.waitFor(() => expect(parsed(second)).toBe(true));
    expect(parsed(third)).toBe(false);
    await vi.waitFor(() => expect(fetched).toEqual(expect.arrayContaining(FIGURE_FILES_NEWEST_FIRST.slice(6, 12).map((file) => file.url))));
    // Once every file has come, it says so (the footer's "works offline"); asked again, the same answer.
    let everyFileCame: boolean | undefined;
    void keepEveryFile(client).then((came) => (everyFileCame = came));
    await vi.waitFor(() => {
      for (const run of idle.splice(0)) run();
      expect(everyFileCame).toBe(true);
    });
    expect(fetched).toEqual(expect.arrayContaining(FIGURE_FILES_NEWEST_FIRST.slice(1).map((file) => file.url)));
  });
});

describe('a background pass in which a file did not come', () => {
  // Each test reads the modules afresh: what has come is kept per page, in module state.
  const freshModules = async () => {
    vi.resetModules();
    const [loading, queries] = await Promise.all([import('./start-loading'), import('./data-queries')]);
    return { keepEveryFile: loading.keepEveryFile, catalogQuery: queries.catalogQuery, figureFileQuery: queries.figureFileQuery };
  };
  const json = () => new Response('{"figures":[],"issues":[]}', { headers: { 'content-type': 'application/json' } });
  const runIdle = (idle: (() => void)[]) => {
    for (const run of idle.splice(0)) run();
  };
  let idle: (() => void)[] = [];
  beforeEach(() => {
    idle = [];
    vi.stubGlobal('window', { requestIdleCallback: (callback: () => void) => idle.push(callback), cancelIdleCallback: () => undefined });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('gives the same answer when asked again by the page, and a new pass when a person asks: only for what did not come', async () => {
    const { keepEveryFile, catalogQuery, figureFileQuery } = await freshModules();
    const [, cut] = FIGURE_FILES_NEWEST_FIRST;
    if (!cut) throw new Error('no bundled yearly files');
    let networkBack = false;
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (fetched.push(String(url)), String(url) === cut.url && !networkBack ? Promise.reject(new TypeError('Failed to fetch')) : json())));
    const client = newClient();
    client.setQueryData(catalogQuery.queryKey, tinyCatalog());

    let first: boolean | undefined;
    void keepEveryFile(client).then((came) => (first = came));
    await vi.waitFor(() => (runIdle(idle), expect(first).toBe(false)));
    // Every file read in its idle moment; the cut file's reading has tried the download once more itself.
    const statuses = () => FIGURE_FILES_NEWEST_FIRST.map((file) => client.getQueryState(figureFileQuery(file).queryKey)?.status);
    await vi.waitFor(() => (runIdle(idle), expect(statuses().filter((status) => status !== 'success')).toEqual(['error'])));
    const firstPass = fetched.length;
    expect(firstPass).toBe(FIGURE_FILES_NEWEST_FIRST.length + 2); // every yearly file, the plans, the cut file's second try

    networkBack = true;
    // Asked again by the page (its files settled once more): no new downloads, or a page offline would try forever.
    await expect(keepEveryFile(client)).resolves.toBe(false);
    expect(fetched).toHaveLength(firstPass);
    let second: boolean | undefined;
    const tryAgain = keepEveryFile(client, { again: true });
    // Pressed twice, or asked by the page meanwhile: the same pass.
    expect(keepEveryFile(client, { again: true })).toBe(tryAgain);
    expect(keepEveryFile(client)).toBe(tryAgain);
    void tryAgain.then((came) => (second = came));
    await vi.waitFor(() => (runIdle(idle), expect(second).toBe(true)));
    expect(fetched.slice(firstPass)).toEqual([cut.url]);
    // Everything has come: asked again, by either, the same answer.
    await expect(keepEveryFile(client, { again: true })).resolves.toBe(true);
    await expect(keepEveryFile(client)).resolves.toBe(true);
    expect(fetched.slice(firstPass)).toEqual([cut.url]);
  });

  it('downloads a file whose query a view made but has not run (another index than the one it shows)', async () => {
    const { keepEveryFile, catalogQuery, figureFileQuery } = await freshModules();
    const [notRun] = FIGURE_FILES_NEWEST_FIRST;
    if (!notRun) throw new Error('no bundled yearly files');
    const fetched: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (fetched.push(String(url)), json())));
    const client = newClient();
    client.setQueryData(catalogQuery.queryKey, tinyCatalog());
    const unsubscribe = new QueryObserver(client, { ...figureFileQuery(notRun), enabled: false }).subscribe(() => undefined);
    expect(client.getQueryState(figureFileQuery(notRun).queryKey)).toMatchObject({ status: 'pending', fetchStatus: 'idle' });

    let came: boolean | undefined;
    void keepEveryFile(client).then((answer) => (came = answer));
    await vi.waitFor(() => (runIdle(idle), expect(came).toBe(true)));
    expect(fetched).toContain(notRun.url);
    await vi.waitFor(() => (runIdle(idle), expect(client.getQueryState(figureFileQuery(notRun).queryKey)?.status).toBe('success')));
    unsubscribe();
  });

  it.each([
    ['come', true],
    ['failed', false],
  ])('waits for a view still reading its file, without reading it again, and answers once that reading has %s', async (_, viewsReadingCame) => {
    const { keepEveryFile, catalogQuery, figureFileQuery } = await freshModules();
    const [viewsFile] = FIGURE_FILES_NEWEST_FIRST;
    if (!viewsFile) throw new Error('no bundled yearly files');
    const fetched: string[] = [];
    let endViewsReading: (() => void) | undefined;
    const viewsReading = () =>
      new Promise<Response>((resolve, reject) => (endViewsReading = () => (viewsReadingCame ? resolve(json()) : reject(new TypeError('Failed to fetch')))));
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (fetched.push(String(url)), String(url) === viewsFile.url ? viewsReading() : json())));
    const client = newClient();
    client.setQueryData(catalogQuery.queryKey, tinyCatalog());
    void client.prefetchQuery(figureFileQuery(viewsFile));

    let came: boolean | undefined;
    void keepEveryFile(client).then((answer) => (came = answer));
    // Every other file downloaded and read: the pass still waits for the view's reading.
    await vi.waitFor(() => (runIdle(idle), expect(fetched).toHaveLength(FIGURE_FILES_NEWEST_FIRST.length + 1)));
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 10)).then(() => runIdle(idle));
    expect(came).toBeUndefined();
    endViewsReading?.();
    await vi.waitFor(() => (runIdle(idle), expect(came).toBe(viewsReadingCame)));
    expect(fetched.filter((url) => url === viewsFile.url)).toHaveLength(1);
  });
});
