// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { composeChartSvg } from './compose-chart-svg';
import { fixedWidthMeasure } from './testing-measure';
import type { FigureContent } from './types';

const FONT_CSS = "@font-face{font-family:'Be Vietnam Pro';font-weight:400;src:url(data:font/woff2;base64,AAAA) format('woff2');}";

const content: FigureContent = {
  title: 'PAR Index: điểm tổng 2012–2024',
  subtitles: ['Điểm (%)'],
  legend: [
    { label: 'Cần Thơ', swatch: { kind: 'line', color: '#0b5cad', width: 4, dashed: false }, strong: true },
    { label: 'Trung bình cả nước', swatch: { kind: 'line', color: '#1d2939', width: 2.5, dashed: true } },
  ],
  body: { kind: 'svg', markup: '<svg xmlns="http://www.w3.org/2000/svg" width="700" height="300"><rect width="10" height="10"/></svg>', width: 700, height: 300 },
  notes: ['Đường bị ngắt ở năm thiếu số liệu.', 'Ghi chú <script>alert("x")</script> & thử'],
  source: 'Nguồn: Bộ Nội vụ, Chỉ số cải cách hành chính (Bộ Nội vụ)',
};

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const texts = (svg: string) => [...parse(svg).querySelectorAll('text')].map((t) => t.textContent);

describe('composeChartSvg', () => {
  const image = composeChartSvg(content, { measure: fixedWidthMeasure, fontCss: FONT_CSS });

  it('is one well-formed SVG document of the size it declares', () => {
    const doc = parse(image.svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(image.width));
    expect(root.getAttribute('height')).toBe(String(image.height));
    expect(image.width).toBe(700 + 48);
  });

  it('draws the title, subtitle, legend, notes and source as text, in that order, with the chart between legend and notes', () => {
    const order = texts(image.svg);
    expect(order).toEqual(['PAR Index: điểm tổng 2012–2024', 'Điểm (%)', 'Cần Thơ', 'Trung bình cả nước', '•', 'Đường bị ngắt ở năm thiếu số liệu.', '•', 'Ghi chú <script>alert("x")</script> & thử', content.source]);
    const y = (text: string) => Number([...parse(image.svg).querySelectorAll('text')].find((t) => t.textContent === text)?.getAttribute('y'));
    const chartTop = Number(/<g transform="translate\(24 ([\d.]+)\)"><svg/.exec(image.svg)?.[1]);
    expect(y('Trung bình cả nước')).toBeLessThan(chartTop);
    expect(y('Đường bị ngắt ở năm thiếu số liệu.')).toBeGreaterThan(chartTop + 300);
    expect(image.height).toBeGreaterThan(y(content.source));
  });

  it('never lets data text become markup', () => {
    expect(parse(image.svg).querySelector('script')).toBeNull();
    expect(image.svg).toContain('&lt;script&gt;');
  });

  it('names its font and carries the @font-face rules, so it renders the same with no network', () => {
    const root = parse(image.svg).documentElement;
    expect(root.getAttribute('font-family')).toBe("'Be Vietnam Pro', sans-serif");
    expect(parse(image.svg).querySelector('style')?.textContent).toContain('src:url(data:font/woff2;base64,AAAA)');
    expect(parse(image.svg).querySelector('title')?.textContent).toBe(content.title);
  });

  it('hangs the lines of a long note right of its bullet', () => {
    const long = composeChartSvg({ ...content, notes: ['Mục tiêu năm 2025 đo trên Cần Thơ (từ 2025), xếp hạng cùng 34 tỉnh, thành. '.repeat(4)] }, { measure: fixedWidthMeasure, fontCss: FONT_CSS });
    const noteLines = [...parse(long.svg).querySelectorAll('text')].filter((t) => t.textContent?.includes('34 tỉnh') || t.textContent === '•');
    const [bullet, ...lines] = noteLines.map((t) => Number(t.getAttribute('x')));
    expect(lines.length).toBeGreaterThan(1);
    expect(bullet).toBe(24);
    for (const x of lines) expect(x).toBe(24 + fixedWidthMeasure('• ', { size: 13, weight: 400 }));
  });

  it('says where a bold and a regular line of text are drawn, for the PNG to wait for its fonts', () => {
    expect(image.textProbes).toEqual([
      { x: 24, y: 24, width: fixedWidthMeasure(content.title, { size: 20, weight: 700 }), height: 27 },
      { x: 24, y: 51, width: fixedWidthMeasure('Điểm (%)', { size: 14, weight: 400 }), height: 20 },
    ]);
  });

  it('wraps a long source line inside the image rather than running off its edge', () => {
    const long = composeChartSvg({ ...content, source: `Nguồn: ${'Chỉ số hài lòng của người dân, tổ chức (SIPAS); '.repeat(8)}` }, { measure: fixedWidthMeasure, fontCss: FONT_CSS });
    const lines = [...parse(long.svg).querySelectorAll('text')].filter((t) => t.textContent?.includes('SIPAS'));
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(fixedWidthMeasure(line.textContent ?? '', { size: 13, weight: 400 })).toBeLessThanOrEqual(long.width - 48);
  });

  it('draws a heatmap grid when the figure is a table', () => {
    const grid = composeChartSvg(
      { ...content, legend: [], body: { kind: 'grid', grid: { corner: 'Thành phần', columns: ['2023', '2024'], rows: [{ label: 'C1', emphasis: false, cells: [{ text: '88', fill: 'rgb(1 2 3)' }, { text: '—' }] }] } } },
      { measure: fixedWidthMeasure, fontCss: FONT_CSS },
    );
    expect(texts(grid.svg)).toEqual(expect.arrayContaining(['Thành phần', '2023', '2024', 'C1', '88', '—']));
    expect(grid.width).toBe(640);
  });

  describe('in a slide frame', () => {
    const frame = { width: 1024, height: 768, moreNotes: (n: number) => `+${n} more` };

    it('is exactly the frame, the chart scaled to fill the width between the text', () => {
      const framed = composeChartSvg(content, { measure: fixedWidthMeasure, fontCss: FONT_CSS, frame });
      const root = parse(framed.svg).documentElement;
      expect([root.getAttribute('width'), root.getAttribute('height')]).toEqual(['1024', '768']);
      const body = parse(framed.svg).querySelector('svg.chart-body');
      expect(body?.getAttribute('viewBox')).toBe('0 0 700 300');
      expect(Number(body?.getAttribute('width'))).toBe(1024 - 48);
      const bodyBottom = Number(body?.getAttribute('y')) + Number(body?.getAttribute('height'));
      const y = (text: string) => Number([...parse(framed.svg).querySelectorAll('text')].find((t) => t.textContent === text)?.getAttribute('y'));
      expect(y('Trung bình cả nước')).toBeLessThan(Number(body?.getAttribute('y')));
      expect(y('Đường bị ngắt ở năm thiếu số liệu.')).toBeGreaterThan(bodyBottom);
      expect(y(content.source)).toBeLessThanOrEqual(768 - 24);
    });

    it('counts the notes that would leave the chart less than 62% of the frame, rather than squeezing it', () => {
      const notes = Array.from({ length: 30 }, (_, i) => `Ghi chú số ${i + 1}`);
      const framed = composeChartSvg({ ...content, notes }, { measure: fixedWidthMeasure, fontCss: FONT_CSS, frame });
      const body = parse(framed.svg).querySelector('svg.chart-body');
      expect(Number(body?.getAttribute('height'))).toBeGreaterThanOrEqual(768 * 0.62);
      const written = texts(framed.svg).filter((t) => t?.startsWith('Ghi chú số'));
      expect(texts(framed.svg)).toContain(`+${30 - written.length} more`);
      expect(written.length).toBeLessThan(30);
    });
  });
});
