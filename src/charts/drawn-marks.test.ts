import { describe, expect, it } from 'vitest';
import { drawnMarks } from './drawn-marks';
import type { SeriesConfig } from './types';

// Made-up values, not real data: a line and, beside it, a series of points never joined (a published mean).
const rows = [
  { year: 2018, mean: 44, published: 43.8 },
  { year: 2019, mean: 43.6, published: 43.6 },
];
const scale = (value: unknown) => (typeof value === 'number' ? value : undefined);

describe('drawnMarks', () => {
  it('gives a label only the lines drawn: a series of unjoined points has points and no segment between them', () => {
    const series: SeriesConfig[] = [
      { key: 'mean', label: 'Trung bình các tỉnh (tính toán)', color: '#1d2939', dashed: true },
      { key: 'published', label: 'Trung bình toàn quốc (PAPI công bố)', color: '#1d2939', unjoined: true },
    ];
    const { segments, points } = drawnMarks(rows, 'year', series, scale, scale);
    expect(segments).toEqual([[2018, 44, 2019, 43.6]]);
    expect(points).toHaveLength(4);
  });
});
