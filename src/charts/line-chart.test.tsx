// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LineChart } from './line-chart';
import { textWidth } from './label-placement';
import { chosenColor } from './palette';
import { PAPER_LINE_STYLE, SCREEN_LINE_STYLE, SPARK_LINE_STYLE } from './line-style';
import type { SeriesConfig } from './types';

// Made-up values, not real data.
const rows = [
  { year: 2016, 's~0': 39.5, 's~1': null },
  { year: 2017, 's~0': 38.3, 's~1': null },
  { year: 2018, 's~0': null, 's~1': 46.1 },
  { year: 2019, 's~0': null, 's~1': 45.7 },
];
const segments: SeriesConfig[] = [
  { key: 's~0', legendKey: 's', label: 'Điểm', color: '#0b5cad' },
  { key: 's~1', legendKey: 's', label: 'Điểm', color: '#0b5cad' },
];
const curves = (container: HTMLElement) => [...container.querySelectorAll('path.recharts-line-curve')];

describe('LineChart', () => {
  it('draws one line per comparable segment, never bridging the break', () => {
    const { container } = render(<LineChart data={rows} series={segments} valueFormatter={String} yDomain={[37, 48]} lineStyle={SPARK_LINE_STYLE} height={96} width={300} />);
    expect(curves(container)).toHaveLength(2);
    // Each curve spans only its own two points: a single straight segment.
    for (const curve of curves(container)) expect(curve.getAttribute('d')?.match(/L/g)).toHaveLength(1);
    expect(container.querySelectorAll('.recharts-line-dots circle')).toHaveLength(4);
  });

  it('draws a series of another measure as diamonds with no line between them', () => {
    // Made-up values, not real data: a computed mean as a line, a published figure in two of its years apart.
    const data = [
      { year: 2018, mean: 44.1, published: 43.8 },
      { year: 2019, mean: 43.6, published: 43.6 },
      { year: 2020, mean: 42.8, published: null },
    ];
    const series: SeriesConfig[] = [
      { key: 'mean', label: 'Trung bình các tỉnh (tính toán)', color: '#1d2939', dashed: true },
      { key: 'published', label: 'Trung bình toàn quốc (PAPI công bố)', color: '#1d2939', unjoined: true },
    ];
    const { container } = render(<LineChart data={data} series={series} valueFormatter={String} yDomain={[40, 46]} height={200} width={400} />);
    const strokes = curves(container).map((curve) => curve.getAttribute('stroke'));
    expect(strokes).toEqual(expect.arrayContaining(['#1d2939', 'none']));
    expect(container.querySelectorAll('polygon.point-unjoined')).toHaveLength(2);
  });

  it('on paper writes each value over its point, through the formatter, and every year under the axis', () => {
    const { container } = render(
      <LineChart data={rows} series={segments} valueFormatter={(v) => v.toFixed(1).replace('.', ',')} yDomain={[37, 48]} labelPlace={() => 'above'} tooltip={false} lineStyle={PAPER_LINE_STYLE} height={96} width={300} />,
    );
    expect([...container.querySelectorAll('text.line-value')].map((t) => t.textContent)).toEqual(['39,5', '38,3', '46,1', '45,7']);
    const ticks = [...container.querySelectorAll('.recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((tick) => tick.textContent);
    expect(ticks).toEqual(['2016', '2017', '2018', '2019']);
  });

  it("writes the axes' labels as plain text through the formatter, every y tick given, and measures no word in the page", () => {
    const measure = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect');
    const { container } = render(
      // The screen's axes, every year labelled (as on paper): Recharts then thins no ticks either.
      <LineChart data={rows} series={segments} valueFormatter={String} tickFormatter={(v) => `${v} đ`} yDomain={[36, 48]} yTicks={[36, 39, 42, 45, 48]} tooltip={false} lineStyle={{ ...SCREEN_LINE_STYLE, everyYear: true }} height={240} width={400} />,
    );
    const labels = (axis: string) => [...container.querySelectorAll(`.recharts-${axis}-tick-labels .recharts-cartesian-axis-tick-value`)];
    expect(labels('yAxis').map((tick) => tick.textContent)).toEqual(['36 đ', '39 đ', '42 đ', '45 đ', '48 đ']);
    expect(labels('xAxis').map((tick) => tick.textContent)).toEqual(['2016', '2017', '2018', '2019']);
    // One <text> each, no lines of words: Recharts' own Text measured each word in a hidden span, a layout per word.
    for (const tick of [...labels('xAxis'), ...labels('yAxis')]) expect(tick.tagName === 'text' && tick.children.length).toBe(0);
    // No label, nor a word of one, measured in Recharts' hidden span (its first pass, before the domain, still measures "0" and "1").
    const measured = measure.mock.contexts.flatMap((element) => ((element as HTMLElement).id === 'recharts_measurement_span' ? [(element as HTMLElement).textContent] : []));
    measure.mockRestore();
    expect(measured.filter((text) => ['36', '39', '42', '45', '48', 'đ', '2016', '2017', '2018', '2019'].some((label) => text?.includes(label)))).toEqual([]);
  });

  it('on paper keeps every value inside the chart: close values at the top are not pushed out of sight', () => {
    // Cần Thơ's PAPI 2017-2024 as the A4 profile draws it (the real figures: the last three within half a point),
    // where 2024's value was lifted over 2023's and cut at the chart's top edge.
    const papi = [38.3, 46.06, 45.71, 42.89, 41.23, 39.97, 40.17, 40.44];
    const data = papi.map((score, i) => ({ year: 2017 + i, 's~0': i === 0 ? score : null, 's~1': i === 0 ? null : score }));
    const { container } = render(
      <LineChart data={data} series={segments} valueFormatter={(v) => v.toFixed(2).replace('.', ',')} yDomain={[38, 47]} labelPlace={() => 'above'} tooltip={false} lineStyle={PAPER_LINE_STYLE} height={106} width={290} />,
    );
    const fontSize = PAPER_LINE_STYLE.fontSize;
    const boxes = [...container.querySelectorAll('text.line-value')].map((label) => {
      const [x, y, text] = [Number(label.getAttribute('x')), Number(label.getAttribute('y')), label.textContent ?? ''];
      const width = textWidth(text, fontSize, false);
      const left = { start: x, middle: x - width / 2, end: x - width }[label.getAttribute('text-anchor') as 'start' | 'middle' | 'end'];
      return { text, left, right: left + width, top: y - fontSize * 0.65, bottom: y + fontSize * 0.65 };
    });
    expect(boxes).toHaveLength(8);
    for (const box of boxes) expect(box.top, box.text).toBeGreaterThanOrEqual(0);
    // And clear of each other: a value lifted into too little room was written over its neighbour's.
    const overlapping = boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map((b) => `${a.text} / ${b.text}`));
    expect(overlapping).toEqual([]);
  });

  it('draws the focus unit strong and named at its end, peers grey until pointed at or chosen in the legend', () => {
    const data = [
      { year: 2023, 'P59~0': 53, 'P60~0': 20, 'P61~0': 40 },
      { year: 2024, 'P59~0': 59, 'P60~0': 18, 'P61~0': null },
    ];
    const series: SeriesConfig[] = [
      { key: 'P59~0', legendKey: 'P59', label: 'Cần Thơ', color: '#0b5cad', emphasis: true },
      { key: 'P60~0', legendKey: 'P60', label: 'Hậu Giang', color: '#d55e00', muted: true },
      { key: 'P61~0', legendKey: 'P61', label: 'Sóc Trăng', color: '#009e73', muted: true },
    ];
    const { container, getByText, getByRole } = render(<LineChart data={data} series={series} legend={{}} valueFormatter={String} yDomain={[1, 63]} yReversed height={300} width={600} />);
    const strokes = () => Object.fromEntries(curves(container).map((c) => [c.closest('.recharts-line')?.getAttribute('class')?.includes('line-focus') ? 'focus' : c.getAttribute('stroke'), c.getAttribute('stroke-width')]));
    expect(strokes()).toEqual({ focus: String(SCREEN_LINE_STYLE.strongWidth), [SCREEN_LINE_STYLE.muted]: '1.5' });
    const endLabels = () => [...container.querySelectorAll('text.line-end-label')].map((t) => t.textContent);
    expect(endLabels()).toEqual(['Cần Thơ']);

    const stroked = () => curves(container).map((c) => c.getAttribute('stroke'));
    fireEvent.mouseEnter(getByText('Sóc Trăng').closest('li') as HTMLElement);
    expect(stroked()).toContain(chosenColor(0));
    expect(stroked().filter((stroke) => stroke === SCREEN_LINE_STYLE.muted)).toHaveLength(1);
    // Sóc Trăng has no 2024 rank: its name sits at its last point, 2023.
    expect(endLabels().sort()).toEqual(['Cần Thơ', 'Sóc Trăng']);
    fireEvent.mouseLeave(container.querySelector('.chart-legend') as HTMLElement);
    expect(endLabels()).toEqual(['Cần Thơ']);

    // Chosen by a click: each in a colour of its own, named, and unchosen by a second click.
    fireEvent.click(getByRole('button', { name: 'Sóc Trăng' }));
    fireEvent.click(getByRole('button', { name: 'Hậu Giang' }));
    fireEvent.mouseLeave(container.querySelector('.chart-legend') as HTMLElement);
    expect(stroked()).toEqual(expect.arrayContaining([chosenColor(0), chosenColor(1)]));
    expect(endLabels().sort()).toEqual(['Cần Thơ', 'Hậu Giang', 'Sóc Trăng']);
    expect(getByRole('button', { name: 'Sóc Trăng' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(getByRole('button', { name: 'Sóc Trăng' }));
    expect(endLabels().sort()).toEqual(['Cần Thơ', 'Hậu Giang']);
  });

  it('writes the last value after the name where asked (a rank with its denominator), and names a line that ends early off the later points and names', () => {
    // Made-up ranks: the old city to 2024 out of 63, the merged city from 2025 out of 34, ending at the same rank, a year apart.
    const data = [
      ...Array.from({ length: 13 }, (_, i) => ({ year: 2012 + i, 'old~0': 30 - i, 'old~0:of': 63, 'new~0': null })),
      { year: 2025, 'old~0': null, 'new~0': 18, 'new~0:of': 34 },
    ];
    const series: SeriesConfig[] = [
      { key: 'old~0', legendKey: 'old', label: 'Cần Thơ', color: '#0b5cad', emphasis: true },
      { key: 'new~0', legendKey: 'new', label: 'Cần Thơ (mới)', color: '#0b5cad', emphasis: true },
    ];
    const rank = (value: number, key: string, row: Record<string, number | string | null>) => `${value}/${String(row[`${key}:of`])}`;
    const { container } = render(<LineChart data={data} series={series} valueFormatter={rank} endLabelValues yDomain={[1, 63]} yReversed height={300} width={600} />);
    const labels = [...container.querySelectorAll<SVGTextElement>('text.line-end-label')].map((t) => ({ text: t.textContent, x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), anchor: t.getAttribute('text-anchor') }));
    expect(labels.map((l) => l.text).sort()).toEqual(['Cần Thơ (mới) 18/34', 'Cần Thơ 18/63']);
    const fontSize = SCREEN_LINE_STYLE.fontSize;
    const box = (l: (typeof labels)[number]) => {
      const width = (l.text ?? '').length * fontSize * 0.62;
      const left = l.anchor === 'end' ? l.x - width : l.anchor === 'middle' ? l.x - width / 2 : l.x;
      return { left, right: left + width, top: l.y - fontSize * 0.6, bottom: l.y + fontSize * 0.6 };
    };
    const [early, late] = [labels.find((l) => l.text === 'Cần Thơ 18/63')!, labels.find((l) => l.text?.startsWith('Cần Thơ (mới)'))!];
    const [a, b] = [box(early), box(late)];
    expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top).toBe(true);
    // No point lies under a name: not the merged city's 2025 point under the old city's name.
    const points = [...container.querySelectorAll('.recharts-line-dots circle')].map((c) => ({ x: Number(c.getAttribute('cx')), y: Number(c.getAttribute('cy')) }));
    expect(points).toHaveLength(14);
    for (const p of points) for (const l of [a, b]) expect(p.x >= l.left && p.x <= l.right && p.y >= l.top && p.y <= l.bottom).toBe(false);
  });
});

