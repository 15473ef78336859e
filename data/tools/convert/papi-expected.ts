import { roundText } from './decimal';
import { assert } from './errors';
import type { PapiResults } from './papi';

interface Expected {
  complete: string;
  total: string;
  dims: Record<string, string>;
}

const SECTION = '## Expected values for Cần Thơ (P59)';

/** The table "Expected values for Cần Thơ (P59)" of reference-data/papi/README.md, by year. */
export function parseExpectedPapi(readme: string): Record<string, Expected> {
  const start = readme.indexOf(SECTION);
  assert(start >= 0, `papi/README.md: "${SECTION.slice(3)}" section not found`);
  const tableLines: string[] = [];
  for (const line of readme.slice(start).split('\n').slice(1)) {
    if (line.startsWith('|')) tableLines.push(line);
    else if (tableLines.length > 0) break;
  }
  const cells = (l: string) => l.split('|').slice(1, -1).map((c) => c.trim());
  const header = cells(tableLines[0] ?? '');
  const col = (name: string) => {
    const i = header.indexOf(name);
    assert(i >= 0, `papi/README.md expected-values table: column '${name}' not found`);
    return i;
  };
  const expected: Record<string, Expected> = {};
  for (const l of tableLines.slice(2)) {
    const c = cells(l);
    const cell = (name: string) => c[col(name)] ?? '';
    const dims: Record<string, string> = {};
    for (let d = 1; d <= 8; d++) if (cell(`D${d}`) !== '') dims[`D${d}`] = cell(`D${d}`);
    expected[cell('Year')] = { complete: cell('n complete'), total: cell('Total'), dims };
  }
  return expected;
}

/** Differences between the converted PAPI figures of P59 and the README's expected values (total at 3 decimals, dimensions at 4). */
export function checkPapiExpected(results: PapiResults, expected: Record<string, Expected>): string[] {
  const problems: string[] = [];
  if (Object.keys(expected).length !== 14) problems.push(`papi/README.md: expected 14 years in the expected-values table, found ${Object.keys(expected).length}`);
  for (const [year, e] of Object.entries(expected)) {
    const got = results[year];
    if (!got) {
      problems.push(`${year}: no PAPI output`);
      continue;
    }
    if (String(got.complete) !== e.complete) problems.push(`${year}: n complete ${got.complete}, expected ${e.complete}`);
    if (got.total === '' || roundText(got.total, 3, 'check') !== e.total) problems.push(`${year}: P59 total ${got.total}, expected ${e.total}`);
    const gotDims = Object.keys(got.dims);
    if (gotDims.join() !== Object.keys(e.dims).join()) problems.push(`${year}: P59 dimensions ${gotDims.join()} vs expected ${Object.keys(e.dims).join()}`);
    for (const [d, v] of Object.entries(e.dims)) {
      const value = got.dims[d];
      if (!value || roundText(value, 4, 'check') !== v) problems.push(`${year}: P59 ${d} ${value}, expected ${v}`);
    }
  }
  return problems;
}
