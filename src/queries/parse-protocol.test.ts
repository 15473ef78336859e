import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, readData } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024 } from '@/domain/testing/real-figures';
import { TOTAL } from '@/domain/types';
import { handleParseRequest, newParserState, type ParseRequest } from './parse-protocol';

const catalog = loadBundledCatalog();
const papi2024 = (text = readData('papi/2024.csv')): ParseRequest => ({ kind: 'figures', file: 'papi/2024.csv', index: 'papi', year: 2024, text });

function figuresOf(request: ParseRequest, state = newParserState()) {
  const response = handleParseRequest(request, state);
  if (response.kind !== 'figures') throw new Error(`unexpected ${response.kind}`);
  return response;
}

describe('the parse worker', () => {
  it('validates a yearly file against the catalogue it was sent before, without being sent it again', () => {
    const state = newParserState();
    expect(handleParseRequest({ kind: 'catalog', catalog }, state)).toEqual({ kind: 'catalog' });
    const { figures, issues } = figuresOf(papi2024(), state);
    expect(issues).toEqual([]);
    expect(figures.length).toBeGreaterThan(1000);
    expect(figures.find((f) => f.unit === CAN_THO && f.component === TOTAL)?.score).toBe(PAPI_2024.score);
  });

  it('reports the problems of a broken file', () => {
    const state = newParserState();
    handleParseRequest({ kind: 'catalog', catalog }, state);
    const broken = readData('papi/2024.csv').replace(/^(P59,total,)[0-9.]+/m, '$140.4x');
    expect(figuresOf(papi2024(broken), state).issues).toContainEqual(expect.objectContaining({ kind: 'not-a-number', column: 'score', raw: '40.4x' }));
  });

  it('says so, rather than guessing, when asked for figures before any catalogue', () => {
    expect(figuresOf(papi2024()).issues).toEqual([{ file: 'papi/2024.csv', line: 0, kind: 'missing-file', detail: 'catalogue not loaded' }]);
  });
});
