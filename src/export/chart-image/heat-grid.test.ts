import { describe, expect, it } from 'vitest';
import { drawHeatGrid } from './heat-grid';
import { fixedWidthMeasure } from './testing-measure';
import type { HeatGrid } from './types';

const grid: HeatGrid = {
  corner: 'Đơn vị',
  columns: ['C1', 'C2'],
  rows: [
    { label: 'Cần Thơ', emphasis: true, cells: [{ text: '89', fill: 'rgb(8, 66, 125)', color: 'rgb(255, 255, 255)' }, { text: '—' }] },
    { label: 'Hậu <Giang>', emphasis: false, cells: [{ text: '71', fill: 'rgb(120, 160, 200)', color: 'rgb(0, 0, 0)' }, { text: '64', fill: 'rgb(140, 170, 210)' }] },
  ],
};

describe('drawHeatGrid', () => {
  const { markup, width, height } = drawHeatGrid(grid, 800, fixedWidthMeasure);

  it('writes every value in its cell, coloured as on screen, and leaves an empty cell blank with its dash', () => {
    expect(markup).toContain('fill="rgb(8, 66, 125)"');
    expect(markup).toMatch(/fill="rgb\(255, 255, 255\)" text-anchor="middle">89<\/text>/);
    expect(markup.match(/<rect /g)).toHaveLength(3);
    expect(markup).toContain('>—</text>');
  });

  it('writes the header and row labels as escaped text, the unit in focus in bold brand colour', () => {
    expect(markup).toContain('>Đơn vị</text>');
    expect(markup).toContain('>Hậu &lt;Giang&gt;</text>');
    expect(markup).toMatch(/font-weight="700" fill="#08427d">Cần Thơ<\/text>/);
  });

  it('is as wide as the labels plus one cell per column, and grows a row per unit', () => {
    // Widest label "Hậu <Giang>" in bold: 11 × 7.8 + 16 padding; cells at their 52 px minimum.
    expect(width).toBeCloseTo(11 * 7.8 + 16 + 2 * 52);
    expect(height).toBe(28 + 2 * 28);
  });

  it('wraps row labels when the table would be wider than the room given', () => {
    const long = { ...grid, rows: [{ ...grid.rows[1]!, label: 'Ủy ban nhân dân quận Ninh Kiều thành phố Cần Thơ' }] };
    const narrow = drawHeatGrid(long, 260, fixedWidthMeasure);
    expect(narrow.width).toBeLessThanOrEqual(260);
    expect(narrow.height).toBeGreaterThan(28 + 28);
  });
});
