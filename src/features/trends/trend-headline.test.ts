import { describe, expect, it } from 'vitest';
import { trendHeadline } from './trend-headline';
import type { ChartRow } from '@/charts/types';
import type { TrendSeries } from './trends-model';

// Made-up values, not real data.
const series: TrendSeries[] = [
  { key: 'P01~0', legendKey: 'P01', label: 'Hà Nội', color: '#000', unit: 'P01', computed: false },
  { key: 'P59~0', legendKey: 'P59', label: 'Cần Thơ', color: '#000', unit: 'P59', emphasis: true, computed: true },
  { key: 'P59~1', legendKey: 'P59', label: 'Cần Thơ', color: '#000', unit: 'P59', emphasis: true, computed: true },
  { key: 'ref-national~1', legendKey: 'ref-national', label: 'TB', color: '#000', reference: 'national', computed: true },
];
const rows: ChartRow[] = [
  { year: 2017, 'P01~0': 30, 'P59~0': 10, 'P59~0:of': 63, 'P59~1': null, 'ref-national~1': 5 },
  { year: 2018, 'P01~0': 31, 'P59~0': null, 'P59~1': 8, 'P59~1:of': 61, 'ref-national~1': 6 },
  { year: 2019, 'P01~0': 32, 'P59~0': null, 'P59~1': null, 'ref-national~1': 7 },
];

describe('trendHeadline', () => {
  it('is the focus unit\'s last value, in whichever segment, with its denominator', () => {
    expect(trendHeadline({ rows, series })).toEqual({ label: 'Cần Thơ', year: 2018, value: 8, of: 61 });
  });
  it('is the city in its latest form when the chart shows it before and after the merger', () => {
    const merged: TrendSeries = { key: 'N25~0', legendKey: 'N25', label: 'Cần Thơ (mới)', color: '#000', unit: 'N25', emphasis: true, computed: false };
    const withMerger = [...rows, { year: 2025, 'P01~0': 33, 'P59~0': null, 'P59~1': null, 'N25~0': 3, 'N25~0:of': 34 }];
    expect(trendHeadline({ rows: withMerger, series: [...series, merged] })).toEqual({ label: 'Cần Thơ (mới)', year: 2025, value: 3, of: 34 });
  });
  it('falls back to the first unit, and to nothing without units', () => {
    expect(trendHeadline({ rows, series: series.filter((s) => !s.emphasis) })).toEqual({ label: 'Hà Nội', year: 2019, value: 32, of: undefined });
    expect(trendHeadline({ rows, series: series.filter((s) => s.reference) })).toBeUndefined();
  });
});
