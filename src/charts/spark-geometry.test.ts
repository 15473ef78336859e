import { describe, expect, it } from 'vitest';
import type { SeriesRow } from '@/domain/series/split-series';
import { nearestIndex, SPARK_AXIS_HEIGHT, sparkGeometry } from './spark-geometry';

const layout = { width: 236, height: 96, margin: { top: 6, right: 18, bottom: 0, left: 18 }, fontSize: 12, xTicks: 5 };
const row = (year: number, values: Record<string, number | null>): SeriesRow => ({ year, ...values });

describe('sparkGeometry', () => {
  // 2017–2019 in one period, a gap in 2020, 2021 alone, then a new period from 2022.
  const rows = [
    row(2017, { a: 80, b: null }),
    row(2018, { a: 85, b: null }),
    row(2019, { a: 90, b: null }),
    row(2020, { a: null, b: null }),
    row(2021, { a: 88, b: null }),
    row(2022, { a: null, b: 70 }),
    row(2023, { a: null, b: 75 }),
  ];
  const shape = sparkGeometry(rows, ['a', 'b'], [70, 90], layout);

  it('spreads the years over the width between the margins, the domain over the plot above the year labels', () => {
    expect(shape.xs[0]).toBe(18);
    expect(shape.xs.at(-1)).toBe(218);
    expect(shape.plot).toEqual({ top: 6, bottom: 96 - SPARK_AXIS_HEIGHT });
    const [first, third] = [shape.points[0], shape.points[2]];
    expect(third?.y).toBe(6);
    expect(first?.y).toBe(36);
  });

  it('never bridges a gap or two periods: a run of one year is a dot, with no line', () => {
    expect(shape.lines).toHaveLength(2);
    expect(shape.lines[0]?.match(/[ML]/g)).toEqual(['M', 'L', 'L']);
    expect(shape.lines[1]?.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(shape.points.map((p) => `${p.key}${p.row.year}`)).toEqual(['a2017', 'a2018', 'a2019', 'a2021', 'b2022', 'b2023']);
  });

  it('labels at most xTicks years, fewer where they would overlap', () => {
    expect(shape.ticks.map((t) => t.year)).toEqual([2017, 2019, 2021, 2023]);
    const narrow = sparkGeometry(rows, ['a', 'b'], [70, 90], { ...layout, width: 120 });
    expect(narrow.ticks.map((t) => t.year)).toEqual([2017, 2021]);
  });

  it('puts a single year in the middle, and a flat domain halfway up', () => {
    const one = sparkGeometry([row(2024, { a: 5 })], ['a'], [5, 5], layout);
    expect(one.points[0]).toMatchObject({ x: 118, y: 36 });
    expect(one.lines).toEqual([]);
  });
});

describe('nearestIndex', () => {
  it('finds the year nearest to the pointer', () => {
    expect(nearestIndex([18, 51.3, 84.7], 60)).toBe(1);
    expect(nearestIndex([18, 51.3, 84.7], 0)).toBe(0);
    expect(nearestIndex([18, 51.3, 84.7], 500)).toBe(2);
  });
});
