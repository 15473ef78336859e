import { readdirSync, readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** The rows of a bundled file in data/ (the real figures), read from disk by the test runner. */
export const readBundledCsv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8'), { header: true, skipEmptyLines: true }).data;

/**
 * Every yearly file in data/ (data/<index>/<year>.csv), as the built site names its parse (data/<index>/<year>-<hash>.json),
 * and the plans (data/plans/*.csv, read at build time into assets/plans-<hash>.json): the files the app keeps for offline use.
 */
function bundledDataFiles(): RegExp[] {
  const dataDir = new URL('../data/', import.meta.url);
  const yearly = readdirSync(dataDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'tools' && entry.name !== 'plans')
    .flatMap((folder) =>
      readdirSync(new URL(`${folder.name}/`, dataDir))
        .filter((name) => /^\d{4}\.csv$/.test(name))
        .map((name) => new RegExp(`/data/${folder.name}/${name.replace(/\.csv$/, '')}-[\\w-]{8}\\.json$`)),
    );
  return [...yearly, /\/assets\/plans-[\w-]{8}\.json$/];
}

/**
 * The bundled data files not yet among the URLs fetched: [] once the app has kept every file for offline use. They
 * download at idle, after the views' and workers' code: a test that goes offline amid them sees a failed download,
 * not what it tests.
 */
export const filesNotYetKept = (fetched: readonly string[]) =>
  bundledDataFiles()
    .filter((file) => !fetched.some((url) => file.test(url)))
    .map(String);
