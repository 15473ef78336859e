import { describe, expect, it } from 'vitest';
import { calendarYears, splitSeries, type SeriesPoint, type SeriesSource } from './split-series';

// Made-up values, not real data: only their positions in the years matter.
const source = (id: string, values: Record<number, number | SeriesPoint>): SeriesSource => ({
  id,
  pointIn: (year) => {
    const v = values[year];
    return typeof v === 'number' ? { value: v } : v;
  },
});

type Case = [string, number[], number[], SeriesSource[], Record<string, number | null>[]];

describe('splitSeries', () => {
  it.each<Case>([
    ['one period, no gap: one line', [2016, 2017], [], [source('a', { 2016: 1, 2017: 2 })], [{ year: 2016, 'a~0': 1 }, { year: 2017, 'a~0': 2 }]],
    ['a missing year is a gap, never bridged', [2016, 2017, 2018], [], [source('a', { 2016: 1, 2018: 3 })], [{ year: 2016, 'a~0': 1 }, { year: 2017, 'a~0': null }, { year: 2018, 'a~0': 3 }]],
    [
      'a break starts a new line',
      [2017, 2018],
      [2018],
      [source('a', { 2017: 1, 2018: 2 })],
      [{ year: 2017, 'a~0': 1, 'a~1': null }, { year: 2018, 'a~0': null, 'a~1': 2 }],
    ],
    [
      'a break inside a gap still splits',
      [2016, 2017, 2018, 2019],
      [2018],
      [source('a', { 2016: 1, 2019: 4 })],
      [
        { year: 2016, 'a~0': 1, 'a~1': null },
        { year: 2017, 'a~0': null, 'a~1': null },
        { year: 2018, 'a~0': null, 'a~1': null },
        { year: 2019, 'a~0': null, 'a~1': 4 },
      ],
    ],
    [
      'each series has its own keys; a period without a value has no key',
      [2017, 2018],
      [2018],
      [source('a', { 2017: 1, 2018: 2 }), source('b', { 2018: 5 })],
      [{ year: 2017, 'a~0': 1, 'a~1': null, 'b~1': null }, { year: 2018, 'a~0': null, 'a~1': 2, 'b~1': 5 }],
    ],
    [
      'columns beside a value (a rank\'s denominator) follow its key, null in a gap',
      [2016, 2017],
      [],
      [source('a', { 2016: { value: 59, extras: { of: 61 } } })],
      [{ year: 2016, 'a~0': 59, 'a~0:of': 61 }, { year: 2017, 'a~0': null, 'a~0:of': null }],
    ],
    ['no years, no rows', [], [2018], [source('a', { 2018: 1 })], []],
  ])('%s', (_, years, breaks, sources, rows) => {
    expect(splitSeries(years, breaks, sources).rows).toEqual(rows);
  });

  it('lists the segments drawn, in the order of the sources', () => {
    const split = splitSeries([2017, 2018], [2018], [source('b', { 2018: 5 }), source('a', { 2017: 1, 2018: 2 })]);
    expect(split.segments).toEqual([
      { key: 'b~1', id: 'b', segment: 1 },
      { key: 'a~0', id: 'a', segment: 0 },
      { key: 'a~1', id: 'a', segment: 1 },
    ]);
  });
});

describe('calendarYears', () => {
  it.each([
    [2016, 2018, [2016, 2017, 2018]],
    [2018, 2018, [2018]],
    [2019, 2018, []],
  ])('%i to %i', (from, to, years) => {
    expect(calendarYears(from, to)).toEqual(years);
  });
});
