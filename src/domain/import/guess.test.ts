import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { guessIndexYear, userSourceId, webAddress } from './guess';

describe('guessIndexYear', () => {
  it.each([
    ['papi-2025.csv', { index: 'papi', year: 2025 }],
    ['PAR INDEX 2025 (63 tỉnh).csv', { index: 'par', year: 2025 }],
    ['ket qua.csv', { index: undefined, year: undefined }],
    ['par/2024.csv', { index: 'par', year: 2024 }],
  ])('%s', (name, expected) => {
    expect(guessIndexYear(name, tinyCatalog())).toEqual(expected);
  });
});

describe('userSourceId', () => {
  it('is stable, readable and distinct', () => {
    expect(userSourceId('Quyết định 123/QĐ-BNV', 'https://a')).toBe(userSourceId('Quyết định 123/QĐ-BNV', 'https://a'));
    expect(userSourceId('Quyết định 123/QĐ-BNV', 'https://a')).toMatch(/^user-quyet-dinh-123-qd-bnv-[a-z0-9]+$/);
    expect(userSourceId('x', 'https://a')).not.toBe(userSourceId('x', 'https://b'));
  });
});

describe('webAddress', () => {
  it.each([
    ['https://moha.gov.vn/tin-tuc', 'https://moha.gov.vn/tin-tuc'],
    [' http://papi.org.vn ', 'http://papi.org.vn/'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<b>x</b>', undefined],
    ['file:///C:/x.pdf', undefined],
    ['moha.gov.vn', undefined],
    ['', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(webAddress(typed)).toBe(expected);
  });
});
