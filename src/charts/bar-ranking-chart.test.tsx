// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarRankingChart, type RankingBar } from './bar-ranking-chart';

const HIGHLIGHT = '#0b5cad';
const data: RankingBar[] = [
  { key: 'P60', label: 'Hậu Giang', value: 45 },
  { key: 'P59', label: 'Cần Thơ', value: 40.44, highlight: true },
  { key: 'P01', label: 'Hà Nội', value: 47, fill: '#5e9e8a' },
];

function renderChart(reference = { value: 44, label: 'TB 44', color: '#1d2939' }) {
  return render(
    <BarRankingChart
      data={data}
      valueFormatter={(v) => `v${v}`}
      tickFormatter={(v) => `t${v}`}
      domain={[8, 50]}
      xLabel="điểm"
      reference={reference}
      color="#98a2b3"
      highlightColor={HIGHLIGHT}
      width={600}
    />,
  );
}

const bars = (container: HTMLElement) =>
  [...container.querySelectorAll('.recharts-bar-rectangle path')].map((path) => ({
    y: Number(path.getAttribute('y')),
    width: Number(path.getAttribute('width')),
    fill: path.getAttribute('fill'),
  }));

describe('BarRankingChart', () => {
  it('draws one bar per unit, sorted from the highest value at the top', () => {
    const { container } = renderChart();
    const drawn = bars(container);
    expect(drawn).toHaveLength(3);
    const ys = drawn.map((b) => b.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    const widths = drawn.map((b) => b.width);
    expect([...widths].sort((a, b) => b - a)).toEqual(widths);
    const labels = [...container.querySelectorAll('text.bar-category')].map((t) => t.textContent);
    expect(labels).toEqual(['Hà Nội', 'Hậu Giang', 'Cần Thơ']);
  });

  it('gives the highlighted unit its own colour and a bold label; others their fill or the base colour', () => {
    const { container } = renderChart();
    expect(bars(container).map((b) => b.fill)).toEqual(['#5e9e8a', '#98a2b3', HIGHLIGHT]);
    const canTho = [...container.querySelectorAll('text.bar-category')].find((t) => t.textContent === 'Cần Thơ');
    expect(canTho?.getAttribute('font-weight')).toBe('700');
  });

  it('writes each value with the formatter it is given, and marks the reference with its label', () => {
    const { container } = renderChart();
    const text = container.querySelector('svg')?.textContent ?? '';
    expect(text).toContain('v40.44');
    expect(text).toContain('TB 44');
    expect(text).toContain('điểm');
    expect(text).toContain('t50');
    expect(text).toContain('t10');
    expect(text).not.toContain('t8');
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
  });

  it('grows in height with the number of units, each bar keeping its row', () => {
    const { container } = renderChart();
    expect(Number(container.querySelector('svg.recharts-surface')?.getAttribute('height'))).toBe(3 * 18 + 80);
    for (const bar of bars(container)) expect(bar.width).toBeGreaterThan(0);
  });

  it('draws a single bar: a year with one published score still has a chart', () => {
    const { container } = render(
      <BarRankingChart data={[{ key: 'P59', label: 'Cần Thơ', value: 89.13, highlight: true }]} valueFormatter={String} tickFormatter={String} domain={[0, 100]} xLabel="%" color="#999" highlightColor={HIGHLIGHT} width={500} />,
    );
    expect(bars(container)).toEqual([expect.objectContaining({ fill: HIGHLIGHT })]);
    expect(Number(container.querySelector('.recharts-bar-rectangle path')?.getAttribute('height'))).toBeGreaterThan(10);
  });
});
