import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { calendarYears } from './split-series';
import { denominatorBreaks, denominatorRuns, mergeBreaks, seriesBreaks } from './series-breaks';

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

describe('denominatorBreaks', () => {
  it.each<[string, { year: number; of: number }[], number[]]>([
    ['the same total every year: no break', [{ year: 2011, of: 63 }, { year: 2012, of: 63 }], []],
    ['63, 61, 63, 60 (PAPI): a break at each change', [{ year: 2013, of: 63 }, { year: 2014, of: 61 }, { year: 2015, of: 63 }, { year: 2021, of: 60 }, { year: 2022, of: 60 }], [2014, 2015, 2021]],
    ['a change across a gap breaks at the later year', [{ year: 2019, of: 61 }, { year: 2016, of: 63 }], [2019]],
    ['no points', [], []],
  ])('%s', (_, points, breaks) => {
    expect(denominatorBreaks(points)).toEqual(breaks);
  });
  it('merges break lists sorted, once each', () => {
    expect(mergeBreaks([2018, 2025], [2014, 2018])).toEqual([2014, 2018, 2025]);
  });
});

describe('denominatorRuns', () => {
  it.each<[string, { year: number; of: number }[], { of: number; from: number; to: number }[]]>([
    ['63 provinces to 2024, 34 from 2025 (the merger)', [{ year: 2025, of: 34 }, { year: 2023, of: 63 }, { year: 2024, of: 63 }], [{ of: 63, from: 2023, to: 2024 }, { of: 34, from: 2025, to: 2025 }]],
    [
      'PAPI: 63, 61 in 2018, 63, 60 in 2021, 61; a year without a rank inside a run counts in',
      [2011, 2013, 2015, 2017].map((year) => ({ year, of: 63 })).concat([{ year: 2018, of: 61 }, { year: 2019, of: 63 }, { year: 2020, of: 63 }, { year: 2021, of: 60 }, { year: 2022, of: 61 }, { year: 2024, of: 61 }]),
      [{ of: 63, from: 2011, to: 2017 }, { of: 61, from: 2018, to: 2018 }, { of: 63, from: 2019, to: 2020 }, { of: 60, from: 2021, to: 2021 }, { of: 61, from: 2022, to: 2024 }],
    ],
    ['one point per unit of the same year counts once', [{ year: 2024, of: 61 }, { year: 2024, of: 61 }], [{ of: 61, from: 2024, to: 2024 }]],
    ['no ranks', [], []],
  ])('%s', (_, points, runs) => {
    expect(denominatorRuns(points)).toEqual(runs);
  });
});
