import { describe, expect, it } from 'vitest';
import { divergingAxis, dotAxis, niceTicks, rankAxis, scoreAxis, thinTicks, yearTicks, type ScoreAxisOptions } from './axis';
import { calendarYears } from './split-series';

describe('scoreAxis', () => {
  it.each<[string, number[], ScoreAxisOptions, [number, number]]>([
    ['pads 15% of the spread (PAPI across the 2018 break)', [39.5, 38.3, 46.1, 42.9], {}, [37, 48]],
    ['pads at least the floor when the values barely move', [80, 80.2], {}, [79, 81]],
    ['leaves extra room above for values written over the points', [79.1, 83.28], { share: 0.25, least: 1, headroom: 1.5 }, [78, 85]],
    ['stays inside the scale: never below 0 nor above the maximum', [1, 99.5], { share: 0.1, limits: [0, 100] }, [0, 100]],
    ['a single value still gets a span', [40.44], { least: 1 }, [39, 42]],
    ['no values: a unit span', [], {}, [0, 1]],
  ])('%s', (_, values, options, domain) => {
    expect(scoreAxis(values, options).domain).toEqual(domain);
  });

  it('gives round ticks inside the domain', () => {
    expect(scoreAxis([39.5, 46.1]).ticks).toEqual([38, 40, 42, 44, 46, 48]);
  });
});

describe('dotAxis', () => {
  it.each<[string, number[], [number, number] | undefined, [number, number], number[]]>([
    ['PAPI 2024 totals and their mean: 39–49 of a scale of 8–80, not from the scale minimum', [47.82, 39.91, 43.43], [8, 80], [39, 49], [40, 42, 44, 46, 48]],
    ['the Mekong Delta slide: 39,91–45,19', [45.19, 39.91], [8, 80], [39, 46], [39, 40, 41, 42, 43, 44, 45, 46]],
    ['percentages near the top stay within 100', [99.6, 80.1], [0, 100], [79, 100], [80, 85, 90, 95, 100]],
    ['one score still gets a span', [89.13], [0, 100], [88, 90], [88, 88.5, 89, 89.5, 90]],
  ])('%s', (_, values, limits, domain, ticks) => {
    expect(dotAxis(values, limits)).toEqual({ domain, ticks });
  });
});

describe('rankAxis', () => {
  it.each<[number, [number, number], number[]]>([
    [61, [1, 61], [1, 10, 20, 30, 40, 50, 60]],
    [13, [1, 13], [1, 5, 10]],
    [5, [1, 5], [1, 2, 3, 4, 5]],
    [1, [1, 2], [1, 2]],
  ])('up to rank %i', (largest, domain, ticks) => {
    expect(rankAxis(largest)).toEqual({ domain, ticks });
  });
});

describe('niceTicks', () => {
  it.each<[[number, number], number[]]>([
    [[8, 50], [10, 20, 30, 40, 50]],
    [[0, 100], [0, 20, 40, 60, 80, 100]],
    [[0, 8], [0, 2, 4, 6, 8]],
    [[37, 48], [38, 40, 42, 44, 46, 48]],
    [[3, 3], [3]],
  ])('for %j gives %j', (domain, ticks) => {
    expect(niceTicks(domain)).toEqual(ticks);
  });
});

describe('yearTicks', () => {
  it.each<[number, number, number, number[]]>([
    [2011, 2024, 5, [2011, 2015, 2019, 2023]],
    [2017, 2024, 5, [2017, 2019, 2021, 2023]],
    [2021, 2024, 5, [2021, 2022, 2023, 2024]],
    [2011, 2026, 14, [2011, 2013, 2015, 2017, 2019, 2021, 2023, 2025]],
    [2024, 2024, 5, [2024]],
  ])('%i–%i, at most %i', (from, to, most, ticks) => {
    expect(yearTicks(calendarYears(from, to), most)).toEqual(ticks);
  });
});

describe('divergingAxis', () => {
  it.each<[number[], [number, number], number[]]>([
    [[-0.22, 0.05, 0.18], [-0.3, 0.3], [-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3]],
    [[1.37, -0.85], [-1.5, 1.5], [-1.5, -1, -0.5, 0, 0.5, 1, 1.5]],
    [[-4], [-4, 4], [-4, -2, 0, 2, 4]],
    [[0], [-1, 1], [-1, 0, 1]],
  ])('%j', (values, domain, ticks) => {
    const axis = divergingAxis(values);
    expect(axis.domain).toEqual(domain);
    expect(axis.ticks).toEqual(ticks);
    expect(axis.ticks).toContain(0);
  });
});

describe('thinTicks', () => {
  it.each<[string, number[], number, number[]]>([
    ['keeps every tick that fits', [-0.4, -0.2, 0, 0.2, 0.4], 5, [-0.4, -0.2, 0, 0.2, 0.4]],
    ['keeps zero and every other step where room is short (a 4:3 slide)', [-1.5, -1, -0.5, 0, 0.5, 1, 1.5], 5, [-1, 0, 1]],
    ['keeps zero and every third step where room is shorter', [-1.5, -1, -0.5, 0, 0.5, 1, 1.5], 3, [-1.5, 0, 1.5]],
  ])('%s', (_, ticks, most, expected) => {
    expect(thinTicks(ticks, most)).toEqual(expected);
  });
});
