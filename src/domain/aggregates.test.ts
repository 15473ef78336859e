import { describe, expect, it } from 'vitest';
import { aggregatesOf } from './aggregates';
import { MEAN_SCORE } from './codes';
import { tinyCatalog } from './testing/tiny-catalog';

describe('aggregatesOf', () => {
  it('picks an index and measure, oldest year first', () => {
    expect(aggregatesOf(tinyCatalog(), { index: 'ct-par', measure: MEAN_SCORE }).map((a) => [a.year, a.value])).toEqual([[2015, 83.93], [2016, 84.05]]);
  });

  it('narrows by level and year, and finds nothing for another index', () => {
    const catalog = tinyCatalog();
    expect(aggregatesOf(catalog, { index: 'ct-par', measure: MEAN_SCORE, level: 'district', year: 2016 }).map((a) => a.value)).toEqual([84.05]);
    expect(aggregatesOf(catalog, { index: 'ct-par', measure: MEAN_SCORE, level: 'department' })).toEqual([]);
    expect(aggregatesOf(catalog, { index: 'sipas', measure: MEAN_SCORE })).toEqual([]);
  });
});
