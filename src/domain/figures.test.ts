import { describe, expect, it } from 'vitest';
import { parseFigureFile } from './figures';
import { tinyCatalog } from './testing/tiny-catalog';

const HEADER = 'unit,component,score,rank,rank_of,status,source,derivation,note';
const parse = (body: string, index = 'par', year = 2024) => parseFigureFile(`${index}/${year}.csv`, index, year, `${HEADER}\n${body}`, tinyCatalog());

describe('parseFigureFile', () => {
  it('turns valid rows into typed figures', () => {
    const { figures, issues } = parse('P59,total,89.13,22,63,published,s1;s2,,Plan 101\nVN,total,88.37,,,published,s2,,');
    expect(issues).toEqual([]);
    expect(figures[0]).toEqual({
      index: 'par', year: 2024, unit: 'P59', component: 'total', score: 89.13, rank: 22, rankOf: 63,
      status: 'published', sources: ['s1', 's2'], derivation: '', note: 'Plan 101', line: 2,
    });
    expect(figures[1]).toMatchObject({ unit: 'VN', score: 88.37, rank: undefined });
  });

  it('accepts gaps that say why they are gaps', () => {
    const { figures, issues } = parse('P01,total,,,,not_published,s1,,\nP60,total,,,,did_not_take_part,s1,,');
    expect(issues).toEqual([]);
    expect(figures.map((f) => f.status)).toEqual(['not_published', 'did_not_take_part']);
  });

  it('keeps conflicting published values side by side', () => {
    const { issues, figures } = parse('P01,total,91.87,,,conflict,s1,,\nP01,total,91.81,,,conflict,s2,,');
    expect(issues).toEqual([]);
    expect(figures).toHaveLength(2);
  });

  it.each([
    ['a score that is not a number', 'P59,total,8.5x,,,published,s1,,', 'not-a-number', 'score', '8.5x'],
    ['a decimal comma in the canonical file', 'P59,total,"89,13",,,published,s1,,', 'not-a-number', 'score', '89,13'],
    ['a rank that is not an integer', 'P59,total,89,2.5,63,published,s1,,', 'not-an-integer', 'rank', '2.5'],
    ['an unknown unit', 'P99,total,89,,,published,s1,,', 'unknown-unit', 'unit', 'P99'],
    ['an unknown component', 'P59,F9,5,,,published,s1,,', 'unknown-component', 'component', 'F9'],
    ['a score above the scale', 'P59,total,100.5,,,published,s1,,', 'out-of-range', 'score', '100.5'],
    ['a negative score', 'P59,total,-1,,,published,s1,,', 'out-of-range', 'score', '-1'],
    ['a rank above its denominator', 'P59,total,89,64,63,published,s1,,', 'rank-above-denominator', 'rank', '64'],
    ['a rank without denominator', 'P59,total,89,22,,published,s1,,', 'missing-value', 'rank_of', undefined],
    ['an unknown status', 'P59,total,89,,,final,s1,,', 'unknown-value', 'status', 'final'],
    ['an unknown source', 'P59,total,89,,,published,s9,,', 'unknown-source', 'source', 's9'],
    ['a row without source', 'P59,total,89,,,published,,,', 'missing-value', 'source', undefined],
    ['a published row without a figure', 'P59,total,,,,published,s1,,', 'no-figure', 'score', undefined],
    ['a gap row that has a figure', 'P59,total,89,,,not_published,s1,,', 'score-with-gap-status', 'status', 'not_published'],
  ])('reports %s with its line and column', (_, row, kind, column, raw) => {
    const { issues } = parse(row);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: 'par/2024.csv', line: 2, kind, column, ...(raw && { raw }) });
  });

  it('reports a duplicated row on its second line', () => {
    const { issues } = parse('P59,total,89,,,published,s1,,\nP59,total,88,,,published,s1,,');
    expect(issues).toMatchObject([{ kind: 'duplicate-row', line: 3 }]);
  });

  it('allows a pair twice only when both rows are conflicting versions, whatever came first', () => {
    const duplicate = { kind: 'duplicate-row', line: 3, column: 'unit', raw: 'P59', detail: 'P59 · total' };
    expect(parse('P59,total,89,,,conflict,s1,,\nP59,total,88,,,published,s1,,').issues).toMatchObject([duplicate]);
    expect(parse('P59,total,89,,,published,s1,,\nP59,total,88,,,conflict,s1,,').issues).toMatchObject([duplicate]);
    expect(parse('P59,total,89,,,final,s1,,\nP59,total,88,,,conflict,s1,,').issues).toMatchObject([{ kind: 'unknown-value', line: 2 }, duplicate]);
    expect(parse('P59,total,89,,,conflict,s1,,\nP59,F1,8,,,conflict,s1,,\nP59,total,88,,,conflict,s1,,', 'par', 2018).issues).toEqual([]);
  });

  it('checks a component score against the maximum of its period', () => {
    expect(parse('P59,F1,10.5,,,published,s1,,', 'par', 2018).issues).toMatchObject([{ kind: 'out-of-range', detail: '0–10' }]);
    expect(parse('P59,F1,10,,,published,s1,,', 'par', 2018).issues).toEqual([]);
  });

  it('uses the total range of the period: PAPI 2018 totals lie between 8 and 80', () => {
    expect(parse('P59,total,7.9,,,published,s1,,', 'papi', 2018).issues).toMatchObject([{ kind: 'out-of-range', detail: '8–80' }]);
  });

  it('rejects a year before the index existed and an unknown index', () => {
    expect(parse('', 'par', 2010).issues).toMatchObject([{ kind: 'year-out-of-range', line: 0 }]);
    expect(parse('', 'pci', 2024).issues).toMatchObject([{ kind: 'unknown-index', line: 0 }]);
  });

  it('reports missing columns before looking at rows', () => {
    const { issues } = parseFigureFile('par/2024.csv', 'par', 2024, 'unit,component,score\nP59,total,89', tinyCatalog());
    expect(issues.map((i) => i.column)).toEqual(['rank', 'rank_of', 'status', 'source']);
  });
});
