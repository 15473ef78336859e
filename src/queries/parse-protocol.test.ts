import { describe, expect, it } from 'vitest';
import { CATALOG_FILES, type CatalogFile } from '@/domain/catalog-files';
import { readData } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024 } from '@/domain/testing/real-figures';
import { TOTAL } from '@/domain/types';
import { handleParseRequest, newParserState, type FigurePart, type ParseRequest } from './parse-protocol';

const catalogTexts = () => Object.fromEntries(CATALOG_FILES.map((file) => [file, readData(file)])) as Record<CatalogFile, string>;
const papi2024 = (part: FigurePart, text = readData('papi/2024.csv')): ParseRequest => ({ kind: 'figures', file: 'papi/2024.csv', index: 'papi', year: 2024, text, part });

function figuresOf(request: ParseRequest, state = newParserState()) {
  const response = handleParseRequest(request, state);
  if (response.kind !== 'figures') throw new Error(`unexpected ${response.kind}`);
  return response;
}

describe('the parse worker', () => {
  it('validates a yearly file against the catalogue it parsed before, without being sent it again', () => {
    const state = newParserState();
    expect(handleParseRequest({ kind: 'catalog', texts: catalogTexts() }, state)).toMatchObject({ kind: 'catalog', issues: [] });
    const { figures, issues } = figuresOf(papi2024('all'), state);
    expect(issues).toEqual([]);
    expect(figures.length).toBeGreaterThan(1000);
    expect(figures.find((f) => f.unit === CAN_THO && f.component === TOTAL)?.score).toBe(PAPI_2024.score);
  });

  it('sends only the totals when asked, the same rows as in the whole file', () => {
    const state = newParserState();
    handleParseRequest({ kind: 'catalog', texts: catalogTexts() }, state);
    const totals = figuresOf(papi2024('totals'), state).figures;
    const all = figuresOf(papi2024('all'), state).figures;
    expect(totals.length).toBeGreaterThanOrEqual(61);
    expect(totals.every((f) => f.component === TOTAL)).toBe(true);
    expect(totals).toEqual(all.filter((f) => f.component === TOTAL));
  });

  it('reports the problems of a broken file whichever part is asked for', () => {
    const state = newParserState();
    handleParseRequest({ kind: 'catalog', texts: catalogTexts() }, state);
    const broken = readData('papi/2024.csv').replace(/^(P59,total,)[0-9.]+/m, '$140.4x');
    for (const part of ['totals', 'all'] as const) {
      expect(figuresOf(papi2024(part, broken), state).issues).toContainEqual(expect.objectContaining({ kind: 'not-a-number', column: 'score', raw: '40.4x' }));
    }
  });

  it('says so, rather than guessing, when asked for figures before any catalogue', () => {
    expect(figuresOf(papi2024('totals')).issues).toEqual([{ file: 'papi/2024.csv', line: 0, kind: 'missing-file', detail: 'catalogue not loaded' }]);
  });
});
