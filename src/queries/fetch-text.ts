import { DataFileError } from '@/domain/issues';

/**
 * The bundled files' texts kept for the session once asked for (the catalogue, the summary, the plans: ~0.6 MB): views
 * that read the same file share one download, and once loaded the dashboard works with no network (a conference hall).
 * A failed download is forgotten, so that the next read tries again.
 */
const texts = new Map<string, Promise<string>>();

async function fetchText(name: string, url: string | undefined): Promise<string> {
  const missing = (detail: string) => new DataFileError(name, [{ file: name, line: 0, kind: 'missing-file', detail }]);
  if (!url) throw missing('not bundled');
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw missing(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw missing(`HTTP ${response.status}`);
  // A static server may answer an unknown path with the app's index.html.
  if (response.headers.get('content-type')?.includes('text/html')) throw missing('HTML instead of data');
  return response.text();
}

function kept(name: string, url: string): Promise<string> {
  let text = texts.get(url);
  if (!text) {
    text = fetchText(name, url);
    texts.set(url, text);
    text.catch(() => texts.delete(url));
  }
  return text;
}

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
 * Starts downloading files before anything reads them, all at once and in the order given; settles
 * when all have arrived or failed (a failure is reported to whoever reads the file).
 */
export async function prefetchDataTexts(files: readonly { name: string; url: string | undefined }[]): Promise<void> {
  await Promise.all(files.flatMap(({ name, url }) => (url ? [kept(name, url).catch(() => undefined)] : [])));
}
