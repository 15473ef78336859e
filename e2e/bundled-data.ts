import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** The rows of a bundled file in data/ (the real figures), read from disk by the test runner. */
export const readBundledCsv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8'), { header: true, skipEmptyLines: true }).data;

/**
 * Every yearly and plan file in data/ (data/<index>/<year>.csv, data/plans/*.csv), as the built site names it
 * (data/<index>/<name>-<hash>.csv): the files the app keeps for offline use.
 */
export function bundledDataFiles(): RegExp[] {
  const dataDir = new URL('../data/', import.meta.url);
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'tools')
    .flatMap((folder) =>
      readdirSync(new URL(`${folder.name}/`, dataDir))
        .filter((name) => name.endsWith('.csv'))
        .map((name) => new RegExp(`/data/${folder.name}/${name.replace(/\.csv$/, '')}-[\\w-]{8}\\.csv$`)),
    );
}
