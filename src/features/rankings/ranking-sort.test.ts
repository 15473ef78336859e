import { describe, expect, it } from 'vitest';
import { DEFAULT_SORT, nextSort, parseSort, serializeSort } from './ranking-sort';
import { missingYears, yearRuns } from './rankings-ranges';

describe('table sort state', () => {
  it.each([
    [undefined, { key: 'rank', descending: false }],
    ['score', { key: 'score', descending: false }],
    ['-places', { key: 'places', descending: true }],
    ['band', DEFAULT_SORT],
    ['-', DEFAULT_SORT],
  ])('reads %j', (sort, spec) => {
    expect(parseSort(sort)).toEqual(spec);
  });

  it('writes nothing for the default, so the URL stays short', () => {
    expect(serializeSort(DEFAULT_SORT)).toBeUndefined();
    expect(serializeSort({ key: 'score', descending: true })).toBe('-score');
  });

  it('starts figures with the biggest first and names A→Z, and flips on a second activation', () => {
    expect(nextSort(DEFAULT_SORT, 'score')).toEqual({ key: 'score', descending: true });
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ key: 'name', descending: false });
    expect(nextSort({ key: 'score', descending: true }, 'score')).toEqual({ key: 'score', descending: false });
    expect(nextSort(DEFAULT_SORT, 'rank')).toEqual({ key: 'rank', descending: true });
  });
});

describe('ranges', () => {
  it('lists the years without a file and writes them as runs', () => {
    expect(missingYears(2015, 2024, [2015, 2016])).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(missingYears(2017, 2024, [2018, 2019, 2020, 2021, 2022, 2023, 2024])).toEqual([2017]);
    expect(missingYears(2015, undefined, [])).toEqual([]);
    expect(yearRuns([2016, 2012, 2013, 2014, 2021])).toEqual([
      [2012, 2014],
      [2016, 2016],
      [2021, 2021],
    ]);
  });
});
