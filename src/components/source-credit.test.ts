import { describe, expect, it } from 'vitest';
import { sourceCredit } from './source-credit';

const source = { id: 's', title: 'T', note: '' };

describe('the credit of a source', () => {
  it.each([
    [{ publisher: 'Bộ Nội vụ', date: '2026-04-15' }, 'Bộ Nội vụ, 15/04/2026'],
    [{ publisher: 'Bộ Nội vụ' }, 'Bộ Nội vụ'],
    [{ publisher: '', date: '2026-04-15' }, '15/04/2026'],
    [{ publisher: '' }, ''],
  ])('%o → "%s"', (fields, credit) => {
    expect(sourceCredit({ ...source, ...fields })).toBe(credit);
  });
});
