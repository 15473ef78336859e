import { DataFileError } from '@/domain/issues';

/** Fetches a bundled file as text; a missing file becomes a DataFileError naming it. */
export async function fetchDataText(name: string, url: string | undefined): Promise<string> {
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
  if (response.headers.get('content-type')?.includes('text/html')) throw missing('HTML instead of CSV');
  return response.text();
}
