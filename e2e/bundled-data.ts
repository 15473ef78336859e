import { readFileSync } from 'node:fs';
import Papa from 'papaparse';

/** The rows of a bundled file in data/ (the real figures), read from disk by the test runner. */
export const readBundledCsv = (path: string) =>
  Papa.parse<Record<string, string>>(readFileSync(new URL(`../data/${path}`, import.meta.url), 'utf8'), { header: true, skipEmptyLines: true }).data;
