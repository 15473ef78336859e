import { errorText, missingFileError } from '@/domain/issues';

/**
 * The bundled files' texts kept for the session once asked for (the catalogue, the summary, the plans: ~0.6 MB): views
 * that read the same file share one download, and once loaded the dashboard works with no network (a conference hall).
 * A failed download is forgotten, so that the next read tries again.
 */
const texts = new Map<string, Promise<string>>();

/**
 * Yearly files downloaded before any view reads them (start-loading.ts), each kept as its bytes until read: the read,
 * decoding and parsing, can then be a short task of its own at idle, not part of the task in which the file arrived,
 * which took several files at once (long tasks of 13-41 ms on a trace of the overview, each four times that at
 * Lighthouse's slowdown). A read takes the file out: its reader keeps what it made of it. A failed download is dropped,
 * and the reader downloads the file itself.
 */
const stored = new Map<string, Promise<ArrayBuffer>>();

async function fetchResponse(name: string, url: string): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw missingFileError(name, errorText(error));
  }
  if (!response.ok) throw missingFileError(name, `HTTP ${response.status}`);
  // A static server may answer an unknown path with the app's index.html.
  if (response.headers.get('content-type')?.includes('text/html')) throw missingFileError(name, 'HTML instead of data');
  return response;
}

async function fetchText(name: string, url: string | undefined): Promise<string> {
  if (!url) throw missingFileError(name, 'not bundled');
  const download = stored.get(url);
  stored.delete(url);
  const bytes = await download?.catch(() => undefined);
  return bytes ? new TextDecoder().decode(bytes) : (await fetchResponse(name, url)).text();
}

/** The download of `url` kept in `map`, begun if there is none; a failed one is dropped, so that the next asks again. */
function downloadOnce<T>(map: Map<string, Promise<T>>, url: string, download: () => Promise<T>): Promise<T> {
  const kept = map.get(url);
  if (kept) return kept;
  const started = download();
  map.set(url, started);
  started.catch(() => void (map.get(url) === started && map.delete(url)));
  return started;
}

const kept = (name: string, url: string): Promise<string> => downloadOnce(texts, url, () => fetchText(name, url));

/**
 * Fetches a bundled file as text, once per session (`keep`, the default); a missing file becomes a DataFileError naming
 * it. A file whose reader keeps what it made of the text for the session (a yearly file's figures) is not kept twice.
 */
export function fetchDataText(name: string, url: string | undefined, { keep = true } = {}): Promise<string> {
  return url === undefined || !keep ? fetchText(name, url) : kept(name, url);
}

/** A bundled file read as the JSON every data file now is (made at build time), through `fetchDataText`. */
export async function fetchDataJson<T>(name: string, url: string | undefined, options?: { keep?: boolean }): Promise<T> {
  return JSON.parse(await fetchDataText(name, url, options)) as T;
}

/**
 * Starts downloading files before anything reads them, all at once and in the order given; settles when all have
 * arrived or failed, with whether all arrived (a failure is reported to whoever reads the file).
 */
export async function prefetchDataTexts(files: readonly { name: string; url: string | undefined }[]): Promise<boolean> {
  const arrived = await Promise.all(files.flatMap(({ name, url }) => (url ? [kept(name, url).then(() => true, () => false)] : [])));
  return arrived.every(Boolean);
}

/**
 * Downloads files for later reads, at most once each, without reading them; settles when all have arrived or failed,
 * with whether all arrived (a download already under way is waited for, not counted as come).
 */
export async function storeDataFiles(files: readonly { name: string; url: string | undefined }[]): Promise<boolean> {
  const downloads = files.flatMap(({ name, url }) =>
    url ? [downloadOnce(stored, url, () => fetchResponse(name, url).then((response) => response.arrayBuffer())).then(() => true, () => false)] : [],
  );
  return (await Promise.all(downloads)).every(Boolean);
}
