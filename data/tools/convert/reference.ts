import fs from 'node:fs';
import path from 'node:path';
import { parseRecords, type Row } from './csv';
import { assert } from './errors';

/** Read access to the sourced reference data (../shared/reference-data). */
export interface Reference {
  dir: string;
  readCsv<K extends string>(relPath: string, columns: readonly K[]): Row<K>[];
  readText(relPath: string): string;
}

export function openReference(dir: string): Reference {
  assert(fs.existsSync(path.join(dir, 'README.md')), `reference data not found at ${dir}: the converter and npm run data:check need the shared reference data beside the repository (../shared/reference-data), or its path as the argument`);
  const readText = (relPath: string) => fs.readFileSync(path.join(dir, relPath), 'utf8');
  return {
    dir,
    readText,
    readCsv: (relPath, columns) => {
      const records = parseRecords(readText(relPath), relPath, columns);
      assert(records.length > 0, `${relPath}: no rows`);
      return records;
    },
  };
}
