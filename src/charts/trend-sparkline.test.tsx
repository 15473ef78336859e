// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TrendSparkline } from './trend-sparkline';

const rows = [
  { year: 2016, s0: 39.5, s1: null },
  { year: 2017, s0: 38.3, s1: null },
  { year: 2018, s0: null, s1: 46.1 },
  { year: 2019, s0: null, s1: 45.7 },
];

describe('TrendSparkline', () => {
  it('draws one line per comparable segment, never bridging the break', () => {
    const { container } = render(
      <TrendSparkline
        data={rows}
        xKey="year"
        series={[
          { key: 's0', label: 'Điểm', color: '#0b5cad' },
          { key: 's1', label: 'Điểm', color: '#0b5cad' },
        ]}
        valueFormatter={(v) => String(v)}
        domain={[37, 48]}
        height={96}
        width={300}
      />,
    );
    const curves = container.querySelectorAll('path.recharts-line-curve');
    expect(curves).toHaveLength(2);
    // Each curve spans only its own two points: a single straight segment.
    for (const curve of curves) expect(curve.getAttribute('d')?.match(/L/g)).toHaveLength(1);
    expect(container.querySelectorAll('.recharts-line-dots circle')).toHaveLength(4);
  });
});

describe('TrendSparkline for paper', () => {
  it('writes each value over its point and every year under the axis', () => {
    const { container } = render(
      <TrendSparkline
        data={rows}
        xKey="year"
        series={[
          { key: 's0', label: 'Điểm', color: '#0b5cad' },
          { key: 's1', label: 'Điểm', color: '#0b5cad' },
        ]}
        valueFormatter={(v) => v.toFixed(1).replace('.', ',')}
        domain={[37, 48]}
        height={96}
        width={300}
        valueLabels
      />,
    );
    const labels = [...container.querySelectorAll('.recharts-label-list text')].map((text) => text.textContent);
    expect(labels).toEqual(['39,5', '38,3', '46,1', '45,7']);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['2016', '2017', '2018', '2019']);
  });
});
