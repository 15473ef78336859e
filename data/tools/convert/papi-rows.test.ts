import { describe, expect, it } from 'vitest';
import { subMaxPoints } from './components';
import { papiProvinceRows, rangeLabel } from './papi-rows';

const STRUCTURE = new Map([
  ['D1', ['SC11', 'SC12']],
  ['D2', ['SC21', 'SC22', 'SC23']],
]);
const pick = (rows: ReturnType<typeof papiProvinceRows>, component: string) => rows.find((r) => r.component === component);

describe('PAPI sums', () => {
  it('sums sub-dimensions exactly into dimensions (6 decimals) and the rounded dimensions into the total', () => {
    const rows = papiProvinceRows('P59', { SC11: '1.1000004', SC12: '2.2000002', SC21: '0.1', SC22: '0.2', SC23: '0.3333335' }, STRUCTURE, 'test');
    expect(pick(rows, 'D1')).toMatchObject({ score: '3.300001', status: 'published', derivation: 'sum of SC11–SC12, rounded to 6 decimals' });
    expect(pick(rows, 'D2')).toMatchObject({ score: '0.633334', derivation: 'sum of SC21–SC23, rounded to 6 decimals' });
    expect(pick(rows, 'total')).toMatchObject({ score: '3.933335', derivation: 'sum of D1–D2', status: 'published' });
    expect(pick(rows, 'SC23')).toMatchObject({ score: '0.3333335', derivation: '' });
    expect(rows.map((r) => r.component)).toEqual(['total', 'D1', 'SC11', 'SC12', 'D2', 'SC21', 'SC22', 'SC23']);
  });

  it('leaves a dimension and the total not computable when a sub-dimension is blank', () => {
    const rows = papiProvinceRows('P17', { SC11: '1', SC12: '', SC21: '1', SC22: '1', SC23: '1' }, STRUCTURE, 'test');
    expect(pick(rows, 'SC12')).toMatchObject({ score: '', status: 'not_published', note: 'blank in the PAPI dataset for this province and year' });
    expect(pick(rows, 'D1')).toMatchObject({ score: '', status: 'not_published', note: 'not computable: SC12 blank in the PAPI dataset' });
    expect(pick(rows, 'D2')).toMatchObject({ score: '3.000000', status: 'published' });
    expect(pick(rows, 'total')).toMatchObject({ score: '', status: 'not_published', note: 'not computable: blank in the PAPI dataset: SC12 (dimensions D1)' });
  });

  it.each([
    [['SC11', 'SC12', 'SC13', 'SC14'], 'SC11–SC14'],
    [['SC51', 'SC53', 'SC54'], 'SC51, SC53, SC54'],
    [['SC81'], 'SC81'],
  ])('labels the codes %j as %s', (codes, label) => {
    expect(rangeLabel(codes)).toBe(label);
  });

  it.each([
    [2, '5'],
    [3, '3.333333'],
    [4, '2.5'],
  ])('shares 10 points among %i sub-dimensions as %s', (count, max) => {
    expect(subMaxPoints(count)).toBe(max);
  });
});
