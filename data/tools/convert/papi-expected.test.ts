import { describe, expect, it } from 'vitest';
import type { PapiResults } from './papi';
import { checkPapiExpected, parseExpectedPapi } from './papi-expected';

// The layout of the table in reference-data/papi/README.md; the figures are made up (TEST, not real data).
const README = `# PAPI

## Expected values for Cần Thơ (P59)

| Year | n complete | Total | D1 | D2 | D3 | D4 | D5 | D6 | D7 | D8 |
|---|---|---|---|---|---|---|---|---|---|---|
| 2017 | 63 | 35.123 | 5.1234 | 6.0000 | | | | | | |

Text after the table.
`;
const RESULTS: PapiResults = { '2017': { complete: 63, total: '35.123456', dims: { D1: '5.123449', D2: '6.000000' } } };

describe('PAPI expected values for Cần Thơ', () => {
  it('reads the table of papi/README.md', () => {
    expect(parseExpectedPapi(README)).toEqual({ '2017': { complete: '63', total: '35.123', dims: { D1: '5.1234', D2: '6.0000' } } });
  });

  it('accepts figures that round to the expected ones and reports those that do not', () => {
    const expected = parseExpectedPapi(README);
    const problems = checkPapiExpected(RESULTS, expected);
    expect(problems.filter((p) => p.startsWith('2017'))).toEqual([]);
    const off = checkPapiExpected({ '2017': { complete: 62, total: '35.1236', dims: { D1: '5.12345', D2: '6' } } }, expected);
    expect(off).toEqual(expect.arrayContaining(['2017: n complete 62, expected 63', '2017: P59 total 35.1236, expected 35.123', '2017: P59 D1 5.12345, expected 5.1234']));
  });

  it('stops when the section is gone', () => {
    expect(() => parseExpectedPapi('# PAPI\n')).toThrow('section not found');
  });
});
