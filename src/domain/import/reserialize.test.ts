import { describe, expect, it } from 'vitest';
import { toCommaSeparated } from './reserialize';

describe('toCommaSeparated', () => {
  it('rewrites a semicolon file with a BOM as canonical comma-separated text, quoting what needs it', () => {
    expect(toCommaSeparated('t.csv', '\uFEFFid;task_vi\r\nT1;Rà soát, công khai\r\n\r\n').text).toBe('id,task_vi\nT1,"Rà soát, công khai"');
  });

  it('reports what it cannot read', () => {
    expect(toCommaSeparated('t.csv', '').issues).toMatchObject([{ kind: 'empty-file' }]);
  });
});
