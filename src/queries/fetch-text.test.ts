import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataFileError } from '@/domain/issues';
import { fetchDataJson, fetchDataText, prefetchDataTexts, storeDataFiles } from './fetch-text';

const respond = (body: string, init: ResponseInit) => vi.stubGlobal('fetch', vi.fn(async () => new Response(body, init)));

describe('fetchDataText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns the text of a CSV file', async () => {
    respond('unit,score\n', { status: 200, headers: { 'content-type': 'text/csv' } });
    await expect(fetchDataText('par/2024.csv', '/data/par/2024.csv')).resolves.toBe('unit,score\n');
  });

  it.each([
    ['a 404', () => respond('Not found', { status: 404 }), 'HTTP 404'],
    ['an HTML fallback page', () => respond('<!doctype html>', { status: 200, headers: { 'content-type': 'text/html' } }), 'HTML instead of data'],
    ['a network failure', () => vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))), 'Failed to fetch'],
  ])('turns %s into a DataFileError naming the file', async (_, arrange, detail) => {
    arrange();
    const error = await fetchDataText('par/2024.csv', `/data/par/2024.csv?case=${detail}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataFileError);
    expect((error as DataFileError).issues).toEqual([{ file: 'par/2024.csv', line: 0, kind: 'missing-file', detail }]);
  });

  it('reports a file that is not bundled at all', async () => {
    await expect(fetchDataText('units.csv', undefined)).rejects.toMatchObject({ file: 'units.csv' });
  });

  it('downloads a file once for the session, in advance or not, so that it can be read again offline', async () => {
    const fetchMock = vi.fn(async () => new Response('unit,score\n', { status: 200, headers: { 'content-type': 'text/csv' } }));
    vi.stubGlobal('fetch', fetchMock);
    await prefetchDataTexts([{ name: 'par/2023.csv', url: '/data/par/2023.csv' }]);
    await expect(fetchDataText('par/2023.csv', '/data/par/2023.csv')).resolves.toBe('unit,score\n');
    await prefetchDataTexts([{ name: 'par/2023.csv', url: '/data/par/2023.csv' }]);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchDataText('par/2023.csv', '/data/par/2023.csv')).resolves.toBe('unit,score\n');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reads a file as the JSON it holds, failing as its text would', async () => {
    respond('{"figures":[],"issues":[]}', { status: 200, headers: { 'content-type': 'application/json' } });
    await expect(fetchDataJson('par/2019.csv', '/data/par/2019.json')).resolves.toEqual({ figures: [], issues: [] });
    respond('Not found', { status: 404 });
    await expect(fetchDataJson('par/2018.csv', '/data/par/2018.json')).rejects.toMatchObject({ file: 'par/2018.csv' });
  });

  it('keeps no copy of a file whose reader keeps what it made of it', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    await expect(fetchDataText('par/2020.csv', '/data/par/2020.json', { keep: false })).resolves.toBe('{}');
    await expect(fetchDataText('par/2020.csv', '/data/par/2020.json', { keep: false })).resolves.toBe('{}');
    await expect(fetchDataText('par/2020.csv', '/data/par/2020.json')).resolves.toBe('{}');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('forgets a failed download, so that the next read tries again', async () => {
    respond('Not found', { status: 404 });
    await expect(fetchDataText('par/2021.csv', '/data/par/2021.csv')).rejects.toMatchObject({ file: 'par/2021.csv' });
    respond('unit,score\n', { status: 200, headers: { 'content-type': 'text/csv' } });
    await expect(fetchDataText('par/2021.csv', '/data/par/2021.csv')).resolves.toBe('unit,score\n');
  });

  it('keeps a failed download in advance for its reader to report', async () => {
    respond('Not found', { status: 404 });
    await prefetchDataTexts([{ name: 'par/2022.csv', url: '/data/par/2022.csv' }]);
    await expect(fetchDataText('par/2022.csv', '/data/par/2022.csv')).rejects.toMatchObject({ file: 'par/2022.csv' });
  });
});

describe('storeDataFiles', () => {
  afterEach(() => vi.unstubAllGlobals());
  const json = () => new Response('{"figures":[]}', { status: 200, headers: { 'content-type': 'application/json' } });

  it('downloads a file once, unread, and hands it to its first reader with no network; the next read downloads again', async () => {
    const fetchMock = vi.fn(async () => json());
    vi.stubGlobal('fetch', fetchMock);
    await expect(storeDataFiles([{ name: 'papi/2020.csv', url: '/data/papi/2020.json' }])).resolves.toBe(true);
    await storeDataFiles([{ name: 'papi/2020.csv', url: '/data/papi/2020.json' }]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(fetchDataText('papi/2020.csv', '/data/papi/2020.json', { keep: false })).resolves.toBe('{"figures":[]}');
    await expect(fetchDataText('papi/2020.csv', '/data/papi/2020.json', { keep: false })).rejects.toMatchObject({ file: 'papi/2020.csv' });
  });

  it('gives a reader that comes during the download that same download', async () => {
    let arrive: (response: Response) => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((resolve) => (arrive = resolve)));
    vi.stubGlobal('fetch', fetchMock);
    const stored = storeDataFiles([{ name: 'papi/2021.csv', url: '/data/papi/2021.json' }]);
    const read = fetchDataText('papi/2021.csv', '/data/papi/2021.json', { keep: false });
    arrive(json());
    await stored;
    await expect(read).resolves.toBe('{"figures":[]}');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('asked again during a download, answers with that download: a file that then fails is not counted as come', async () => {
    let fail: () => void = () => {};
    const fetchMock = vi.fn(() => new Promise<Response>((_, reject) => (fail = () => reject(new TypeError('Failed to fetch')))));
    vi.stubGlobal('fetch', fetchMock);
    const first = storeDataFiles([{ name: 'papi/2023.csv', url: '/data/papi/2023.json' }]);
    const again = storeDataFiles([{ name: 'papi/2023.csv', url: '/data/papi/2023.json' }]);
    fail();
    await expect(first).resolves.toBe(false);
    await expect(again).resolves.toBe(false);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('drops a failed download: the reader downloads the file itself', async () => {
    respond('Not found', { status: 404 });
    await expect(storeDataFiles([{ name: 'papi/2022.csv', url: '/data/papi/2022.json' }])).resolves.toBe(false);
    vi.stubGlobal('fetch', vi.fn(async () => json()));
    await expect(fetchDataText('papi/2022.csv', '/data/papi/2022.json', { keep: false })).resolves.toBe('{"figures":[]}');
  });
});
