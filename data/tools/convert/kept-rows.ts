import fs from 'node:fs';
import path from 'node:path';
import { parseRecords, type Row } from './csv';
import { isValueFile } from './integrity';

/** The current text of a file under data/, or undefined when there is none. */
export type ExistingFile = (relPath: string) => string | undefined;

export function existingIn(dataDir: string): ExistingFile {
  return (relPath) => {
    const file = path.join(dataDir, relPath);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  };
}

/**
 * The converter's rows, then the rows of the existing file whose key it does not generate: rows
 * staff added are kept, in their order, and never count as a difference.
 */
export function withKeptRows(existing: string | undefined, file: string, header: readonly string[], generated: readonly Row[], keyOf: (r: Row) => string): Row[] {
  if (existing === undefined) return [...generated];
  const rows = parseRecords(existing, file, header, true).filter((r) => Object.values(r).some((c) => c !== ''));
  const keys = new Set(generated.map(keyOf));
  return [...generated, ...rows.filter((r) => !keys.has(keyOf(r)))];
}

/** Year files in data/ that the converter does not write (added by staff): checked, never touched. */
export function staffValueFiles(dataDir: string, indices: ReadonlySet<string>, owned: ReadonlyMap<string, string>): [string, string][] {
  return [...indices].flatMap((index) => {
    const dir = path.join(dataDir, index);
    if (!fs.existsSync(dir)) return [];
    return fs
      .readdirSync(dir)
      .map((name) => `${index}/${name}`)
      .filter((file) => isValueFile(file, indices) && !owned.has(file))
      .map((file): [string, string] => [file, fs.readFileSync(path.join(dataDir, file), 'utf8')]);
  });
}
