// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RankingDotChart, valueSide, type RankingDot } from './ranking-dot-chart';

// Made-up values, not real data.
const data: RankingDot[] = [
  { key: 'P01', label: 'Hà Nội', value: 47, color: '#4e9a80', text: 'v47' },
  { key: 'P60', label: 'Hậu Giang', value: 45, color: '#98a2b3', text: 'v45' },
  { key: 'gap', label: '… 41 tỉnh', color: '#98a2b3' },
  { key: 'P59', label: 'Cần Thơ', value: 40.44, color: '#0b5cad', emphasis: true, text: 'v40.44' },
];
const axis = { domain: [40, 48] as [number, number], ticks: [40, 42, 44, 46, 48] };

function renderChart(rows = data) {
  return render(<RankingDotChart data={rows} axis={axis} tickFormatter={(v) => `t${v}`} xLabel="điểm" reference={{ value: 44, label: 'TB 44', color: '#1d2939' }} categoryWidth={100} width={600} />);
}

const dots = (container: HTMLElement) =>
  [...container.querySelectorAll('g.ranking-dot')].map((g) => {
    const circle = g.querySelector('circle');
    return { unit: g.getAttribute('data-unit'), cx: Number(circle?.getAttribute('cx')), cy: Number(circle?.getAttribute('cy')), r: Number(circle?.getAttribute('r')), text: g.querySelector('text')?.textContent };
  });

describe('RankingDotChart', () => {
  it('draws a dot per unit at its value on the axis (not a bar from the axis start), rows in the order given', () => {
    const { container } = renderChart();
    const drawn = dots(container);
    expect(drawn.map((d) => d.unit)).toEqual(['P01', 'P60', 'P59']);
    expect(container.querySelectorAll('.recharts-bar-rectangle path, .recharts-bar-rectangle rect')).toHaveLength(0);
    const ys = drawn.map((d) => d.cy);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    // One scale: the distance between two dots is their difference in value times the same factor.
    const [a, b, c] = drawn;
    const scale = (b!.cx - a!.cx) / (45 - 47);
    expect((c!.cx - a!.cx) / (40.44 - 47)).toBeCloseTo(scale, 6);
    expect(drawn.map((d) => d.text)).toEqual(['v47', 'v45', 'v40.44']);
  });

  it('keeps a row for the units left out: its label, no dot and no guide line', () => {
    const { container } = renderChart();
    const labels = [...container.querySelectorAll('text.dot-category')].map((t) => t.textContent);
    expect(labels).toEqual(['Hà Nội', 'Hậu Giang', '… 41 tỉnh', 'Cần Thơ']);
    expect(container.querySelectorAll('line.dot-guide')).toHaveLength(3);
  });

  it('writes the focus unit larger and bold, in its colour', () => {
    const { container } = renderChart();
    const [first, , focus] = dots(container);
    expect(focus!.r).toBeGreaterThan(first!.r);
    const label = [...container.querySelectorAll('text.dot-category')].find((t) => t.textContent === 'Cần Thơ');
    expect(label?.getAttribute('font-weight')).toBe('700');
    expect(label?.getAttribute('fill')).toBe('#0b5cad');
  });

  it('labels the axis with round ticks and its unit, and marks the reference', () => {
    const { container } = renderChart();
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels text')].map((t) => t.textContent);
    expect(ticks).toEqual(['t40', 't42', 't44', 't46', 't48']);
    const text = container.querySelector('svg')?.textContent ?? '';
    expect(text).toContain('điểm');
    expect(text).toContain('TB 44');
    expect(container.querySelector('.recharts-reference-line')).not.toBeNull();
  });

  it('grows with its rows, or shares a given height among them', () => {
    const height = (rows: RankingDot[], extra = {}) =>
      Number(render(<RankingDotChart data={rows} axis={axis} tickFormatter={String} categoryWidth={100} width={500} {...extra} />).container.querySelector('svg.recharts-surface')?.getAttribute('height'));
    expect(height(data) - height(data.slice(0, 2))).toBe(2 * 18);
    expect(height(data, { height: 700 })).toBe(700);
  });

  it('writes a value left of its dot when the mean line would run through it on the right', () => {
    // Made-up values: the mean (44) lies just right of a dot at 43.9, inside where its value would be written.
    const rows: RankingDot[] = [
      { key: 'P01', label: 'A', value: 47, color: '#4e9a80', text: 'v47,00' },
      { key: 'P02', label: 'B', value: 43.9, color: '#98a2b3', text: 'v43,90' },
    ];
    const { container } = renderChart(rows);
    const anchors = [...container.querySelectorAll('text.dot-value')].map((t) => t.getAttribute('text-anchor'));
    expect(anchors).toEqual(['start', 'end']);
  });
});

describe('valueSide', () => {
  it.each<[string, number | undefined, 'right' | 'left']>([
    ['no mean line', undefined, 'right'],
    ['the line left of the dot', 90, 'right'],
    ['the line through the text', 130, 'left'],
    ['the line beyond the text', 200, 'right'],
  ])('%s', (_, lineX, side) => {
    expect(valueSide(100, 10, 50, lineX)).toBe(side);
  });
});
