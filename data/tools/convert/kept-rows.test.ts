import { describe, expect, it } from 'vitest';
import { withKeptRows } from './kept-rows';

const HEADER = ['code', 'name'];
const GENERATED = [{ code: 'snv', name: 'Sở Nội vụ' }];

describe('rows staff added to a file the converter writes', () => {
  it('keeps rows with keys the converter does not generate, after its own, and replaces its own', () => {
    const existing = 'code,name\nsnv,Old name\nstp,Sở Tư pháp\n,\n';
    expect(withKeptRows(existing, 'data/plans/agencies.csv', HEADER, GENERATED, (r) => r.code ?? '')).toEqual([
      { code: 'snv', name: 'Sở Nội vụ' },
      { code: 'stp', name: 'Sở Tư pháp' },
    ]);
  });

  it('writes only its own rows when the file does not exist yet', () => {
    expect(withKeptRows(undefined, 'data/plans/agencies.csv', HEADER, GENERATED, (r) => r.code ?? '')).toEqual(GENERATED);
  });

  it('stops when the existing file has another header, rather than dropping its rows', () => {
    expect(() => withKeptRows('code;name\nstp;Sở Tư pháp\n', 'data/plans/agencies.csv', HEADER, GENERATED, (r) => r.code ?? '')).toThrow('data/plans/agencies.csv: header is not code,name');
  });
});
