import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { calendarYears } from './split-series';
import { seriesBreaks } from './series-breaks';

const catalog = tinyCatalog();

describe('seriesBreaks', () => {
  it.each<[string, string, string, 'score' | 'rank', [number, number], number[]]>([
    ['PAPI 6 → 8 dimensions in 2018', 'papi', 'total', 'score', [2016, 2019], [2018]],
    ['a break in the first year shown is not a break inside the range', 'papi', 'total', 'score', [2018, 2020], []],
    ['a new method for the total also breaks a component', 'par', 'F1', 'score', [2019, 2022], [2021]],
    ['ranks: 4 provinces of the tiny catalogue, then 2 from 2025', 'papi', 'total', 'rank', [2023, 2026], [2025]],
    ['scores are not split by the number of units ranked', 'papi', 'total', 'score', [2023, 2026], []],
  ])('%s', (_, index, component, measure, [from, to], breaks) => {
    expect(seriesBreaks(catalog, index, component, calendarYears(from, to), measure)).toEqual(breaks);
  });
});
