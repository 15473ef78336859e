import fs from 'node:fs';
import path from 'node:path';

/** Writes files (path under dir → text) as UTF-8. */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  for (const [relPath, text] of files) {
    const file = path.join(dir, relPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text, 'utf8');
  }
}

export interface Difference {
  file: string;
  /** 1-based line of the first difference; 0 when the file is missing from data/. */
  line: number;
  expected: string;
  actual: string;
}

/** The first line at which two texts differ, or undefined when they are identical. */
export function firstDifference(file: string, expected: string, actual: string | undefined): Difference | undefined {
  if (actual === undefined) return { file, line: 0, expected: '(the converter writes this file)', actual: '(missing from data/)' };
  if (expected === actual) return undefined;
  const want = expected.split('\n');
  const got = actual.split('\n');
  const i = want.findIndex((line, k) => line !== got[k]);
  const at = i >= 0 ? i : want.length;
  const lineAt = (lines: string[]) => (at >= lines.length - 1 && !lines[at] ? '(end of file)' : (lines[at] ?? ''));
  return { file, line: at + 1, expected: lineAt(want), actual: lineAt(got) };
}

/** Differences between the files the converter produced in generatedDir and those in dataDir. */
export function compareFiles(files: Iterable<string>, generatedDir: string, dataDir: string): Difference[] {
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  return [...files].flatMap((relPath) => firstDifference(relPath, read(path.join(generatedDir, relPath)) ?? '', read(path.join(dataDir, relPath))) ?? []);
}
