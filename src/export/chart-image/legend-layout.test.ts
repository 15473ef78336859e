import { describe, expect, it } from 'vitest';
import { drawLegend, drawSwatch, layoutLegend, LEGEND_LINE_HEIGHT } from './legend-layout';
import { fixedWidthMeasure } from './testing-measure';
import type { LegendEntry } from './types';

const line = (label: string): LegendEntry => ({ label, swatch: { kind: 'line', color: '#0b5cad', width: 2.5, dashed: false } });

describe('layoutLegend', () => {
  it('puts entries side by side and starts a new row when the next one would overflow', () => {
    // Each entry: 22 swatch + 6 gap + 10 chars × 6.5 px = 93 px, then 20 px between entries.
    const entries = ['Cần Thơ ab', 'Hậu Giang ', 'Sóc Trăng '].map(line);
    const { placed, height } = layoutLegend(entries, 220, fixedWidthMeasure);
    expect(placed.map(({ x, y }) => [x, y])).toEqual([
      [0, 0],
      [113, 0],
      [0, LEGEND_LINE_HEIGHT],
    ]);
    expect(height).toBe(2 * LEGEND_LINE_HEIGHT);
  });

  it('wraps a label wider than the whole row and gives its row the extra lines', () => {
    const long = line('Trung bình cả nước (tính toán từ các tỉnh có đủ số liệu)');
    const { placed, height } = layoutLegend([long, line('Cần Thơ')], 200, fixedWidthMeasure);
    expect(placed[0]?.lines.length).toBeGreaterThan(1);
    expect(placed[0]?.lines.join(' ')).toBe(long.label);
    expect(placed[1]?.y).toBe((placed[0]?.lines.length ?? 0) * LEGEND_LINE_HEIGHT);
    expect(height).toBe(((placed[0]?.lines.length ?? 0) + 1) * LEGEND_LINE_HEIGHT);
  });

  it('takes no room when there is no legend', () => {
    expect(layoutLegend([], 400, fixedWidthMeasure).height).toBe(0);
  });
});

describe('drawLegend', () => {
  it('draws each swatch and escapes each label; the highlighted unit is bold', () => {
    const entries: LegendEntry[] = [{ ...line('Cần Thơ'), strong: true }, line('A <b>&</b> B')];
    const markup = drawLegend(layoutLegend(entries, 600, fixedWidthMeasure).placed, 24, 50, '#101828');
    expect(markup).toContain('font-weight="700" fill="#101828">Cần Thơ</text>');
    expect(markup).toContain('>A &lt;b&gt;&amp;&lt;/b&gt; B</text>');
    expect(markup).not.toContain('<b>');
    expect(markup.match(/<line /g)).toHaveLength(2);
  });
});

describe('drawSwatch', () => {
  it.each([
    [{ kind: 'line', color: '#d55e00', width: 4, dashed: true } as const, /<line [^>]*stroke="#d55e00" stroke-width="4" stroke-dasharray="5 3"\/>/],
    [{ kind: 'rule', color: '#98a2b3' } as const, /<line x1="11" y1="2" x2="11" y2="18" stroke="#98a2b3"/],
    [{ kind: 'diamond', color: '#1d2939' } as const, /<polygon points="11,5 16,10 11,15 6,10" fill="#1d2939"\/>/],
    [{ kind: 'dot', color: '#5e9e8a' } as const, /<circle cx="11" cy="10" r="5" fill="#5e9e8a"/],
    [{ kind: 'band', color: '#067647' } as const, /<rect [^>]*fill="#067647" fill-opacity="0.18" stroke="#067647"/],
    [{ kind: 'pin', color: '#7a2e0e' } as const, /<line [^>]*stroke="#7a2e0e"[^>]*\/><circle [^>]*fill="#7a2e0e"\/>/],
  ])('%j', (swatch, expected) => {
    expect(drawSwatch(swatch, 0, 10)).toMatch(expected);
  });
});
