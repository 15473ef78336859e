import { describe, expect, it } from 'vitest';
import { trendsEn } from './trends-en';
import { trendsVi } from './trends-vi';

const run = (of: string, from: number, to: number) => ({ of, from, to });

describe('rankOf: the denominators an axis of ranks names', () => {
  it.each([
    ['one total', [run('63', 2018, 2024)], 'hạng trên 63 tỉnh', 'ranks out of 63 provinces'],
    ['the merger: 63 to 2024, 34 from 2025', [run('63', 2012, 2024), run('34', 2025, 2025)], 'hạng trên 63 tỉnh đến 2024, trên 34 từ 2025', 'ranks out of 63 provinces to 2024, of 34 from 2025'],
    [
      'PAPI: a change in 2018, 2019–2020 and 2021',
      [run('63', 2011, 2017), run('61', 2018, 2018), run('63', 2019, 2020), run('60', 2021, 2021), run('61', 2022, 2024)],
      'hạng trên 63 tỉnh đến 2017, trên 61 năm 2018, trên 63 năm 2019–2020, trên 60 năm 2021, trên 61 từ 2022',
      'ranks out of 63 provinces to 2017, of 61 in 2018, of 63 in 2019–2020, of 60 in 2021, of 61 from 2022',
    ],
  ])('%s', (_, runs, vi, en) => {
    expect(trendsVi.rankOf(runs, trendsVi.unitNoun.province)).toBe(vi);
    expect(trendsEn.rankOf(runs, trendsEn.unitNoun.province)).toBe(en);
  });
});
