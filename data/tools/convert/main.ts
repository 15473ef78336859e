// Converts the sourced reference data (../shared/reference-data) into the bundled data/ files
// (data/README.md, section 12). Run from the repository root:
//   npm run data:convert [-- path/to/reference-data]   writes the files it owns into data/
//   npm run data:check   [-- path/to/reference-data]   converts into a temporary directory and fails
//                                                        when any file it owns differs from data/
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convert } from './convert';
import { ConversionError } from './errors';
import { compareFiles, writeFiles } from './files';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const DATA_DIR = path.join(REPO_ROOT, 'data');

function run(args: string[]): number {
  const check = args.includes('--check');
  const refArg = args.find((a) => a !== '--check');
  const refDir = refArg ? path.resolve(process.cwd(), refArg) : path.resolve(REPO_ROOT, '..', 'shared', 'reference-data');
  const result = convert(refDir, DATA_DIR);
  if (result.problems.length > 0) {
    console.log(result.report.join('\n'));
    console.error(`SELF-CHECK FAILED (${result.problems.length}), nothing written:\n  ${result.problems.join('\n  ')}`);
    return 1;
  }
  if (!check) {
    writeFiles(DATA_DIR, result.files);
    writeFiles(DATA_DIR, new Map([...result.seeds].filter(([file]) => !fs.existsSync(path.join(DATA_DIR, file)))));
    console.log([...result.report, 'Self-check passed: PAPI expected values for Cần Thơ (P59), provinces with complete data per year, referential integrity (including data/plans).'].join('\n'));
    return 0;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'data-check-'));
  try {
    writeFiles(tmp, result.files);
    const differences = compareFiles(result.files.keys(), tmp, DATA_DIR);
    if (differences.length === 0) {
      console.log(`data:check: the ${result.files.size} files the converter owns are as it writes them.`);
      return 0;
    }
    console.error(`data:check: ${differences.length} file(s) in data/ differ from what the converter writes (run npm run data:convert, or put the change into the reference data or data/tools/convert/tables):`);
    for (const d of differences) console.error(`  data/${d.file}, line ${d.line}\n    converter: ${d.expected}\n    data/:     ${d.actual}`);
    return 1;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  process.exitCode = run(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof ConversionError)) throw err;
  console.error(`convert: ${err.message}`);
  process.exitCode = 1;
}
