import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compareFiles, firstDifference, writeFiles } from './files';

describe('the regeneration check', () => {
  it.each([
    ['identical files', 'a\nb\n', 'a\nb\n', undefined],
    ['a changed line', 'a\nb\nc\n', 'a\nB\nc\n', { line: 2, expected: 'b', actual: 'B' }],
    ['a line added at the end', 'a\n', 'a\nx\n', { line: 2, expected: '(end of file)', actual: 'x' }],
    ['a line removed at the end', 'a\nb\n', 'a\n', { line: 2, expected: 'b', actual: '(end of file)' }],
    ['a file missing from data/', 'a\n', undefined, { line: 0 }],
  ])('compares %s', (_what, expected, actual, difference) => {
    const found = firstDifference('par/2020.csv', expected, actual);
    if (difference === undefined) expect(found).toBeUndefined();
    else expect(found).toMatchObject({ file: 'par/2020.csv', ...difference });
  });

  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const tmp = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'convert-test-'));
    dirs.push(dir);
    return dir;
  };

  it('compares only the files the converter owns: a staff file beside them is never a difference', () => {
    const generated = tmp();
    const data = tmp();
    writeFiles(generated, new Map([['units.csv', 'code\nVN\n'], ['par/2020.csv', 'unit\nP59\n']]));
    writeFiles(data, new Map([['units.csv', 'code\nVN\n'], ['par/2020.csv', 'unit\nP01\n'], ['par/2025.csv', 'staff\n']]));
    expect(compareFiles(['units.csv', 'par/2020.csv'], generated, data)).toEqual([{ file: 'par/2020.csv', line: 2, expected: 'P59', actual: 'P01' }]);
  });
});
