// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { ChartLegend } from '@/charts/chart-legend';
import { Heatmap } from '@/charts/heatmap';
import { SourceLine } from '@/components/source-line';
import type { Source } from '@/domain/types';
import { loadCoreMessages } from '@/i18n/messages';
import { BarLegend } from '@/features/rankings/bar-legend';
import { readFigureText, readHeatGrid, readLegend } from './read-figure';

const source = (id: string, title: string): Source => ({ id, title, publisher: 'Bộ Nội vụ', note: '' });

describe('readLegend', () => {
  it('reads the line legend of the trend and bump charts: series, break marker, plan events and target bands', () => {
    const { container } = render(
      <ChartLegend
        series={[
          { key: 'a', label: 'Cần Thơ', color: '#0b5cad', emphasis: true },
          { key: 'a2', legendKey: 'a', label: 'Cần Thơ', color: '#0b5cad', emphasis: true },
          { key: 'mean', label: 'Trung bình các tỉnh (tính toán)', color: '#1d2939', dashed: true },
          { key: 'published', label: 'Trung bình toàn quốc (PAPI công bố)', color: '#1d2939', unjoined: true },
        ]}
        markerLabel="Đổi phương pháp"
        extras={[
          { label: 'Kế hoạch ban hành', color: '#7a2e0e', kind: 'event' },
          { label: 'Mục tiêu', color: '#067647', kind: 'band' },
        ]}
      />,
    );
    expect(readLegend(container)).toEqual([
      { label: 'Cần Thơ', strong: true, swatch: { kind: 'line', color: '#0b5cad', width: 4, dashed: false } },
      { label: 'Trung bình các tỉnh (tính toán)', strong: false, swatch: { kind: 'line', color: '#1d2939', width: 2.5, dashed: true } },
      { label: 'Trung bình toàn quốc (PAPI công bố)', strong: false, swatch: { kind: 'diamond', color: '#1d2939' } },
      { label: 'Đổi phương pháp', strong: false, swatch: { kind: 'rule', color: '#98a2b3' } },
      { label: 'Kế hoạch ban hành', strong: false, swatch: { kind: 'pin', color: '#7a2e0e' } },
      { label: 'Mục tiêu', strong: false, swatch: { kind: 'band', color: '#067647' } },
    ]);
  });

  it('reads the legend of the ranking chart: dots for units, a dashed line for the mean', () => {
    const { container } = render(
      <BarLegend
        entries={[
          { label: 'Cần Thơ', color: '#0b5cad', strong: true },
          { label: 'Tỉnh khác', color: '#98a2b3' },
          { label: 'Trung bình', color: '#1d2939', line: true },
        ]}
      />,
    );
    expect(readLegend(container)).toEqual([
      { label: 'Cần Thơ', strong: true, swatch: { kind: 'dot', color: '#0b5cad' } },
      { label: 'Tỉnh khác', strong: false, swatch: { kind: 'dot', color: '#98a2b3' } },
      { label: 'Trung bình', strong: false, swatch: { kind: 'line', color: '#1d2939', width: 2, dashed: true } },
    ]);
  });
});

describe('readHeatGrid', () => {
  it('reads header, row labels, the unit in focus and each cell with its colours', () => {
    const { container } = render(
      <Heatmap
        caption="Cần Thơ: % điểm tối đa"
        corner="Thành phần"
        columns={[
          { key: '2023', label: '2023' },
          { key: '2024', label: '2024' },
        ]}
        rows={[
          { key: 'C1', label: 'C1 · Công tác chỉ đạo', emphasis: true, cells: [100, null] },
          { key: 'C2', label: 'C2 · Thể chế', emphasis: false, cells: [0, 50] },
        ]}
        formatCell={(v) => String(v)}
      />,
    );
    const grid = readHeatGrid(container.querySelector('table')!);
    expect(grid.corner).toBe('Thành phần');
    expect(grid.columns).toEqual(['2023', '2024']);
    expect(grid.rows.map((r) => [r.label, r.emphasis, r.cells.map((c) => c.text)])).toEqual([
      ['C1 · Công tác chỉ đạo', true, ['100', '—']],
      ['C2 · Thể chế', false, ['0', '50']],
    ]);
    expect(grid.rows[0]?.cells[0]?.fill).toMatch(/^rgb\(8,? 66,? 125\)$/);
    expect(grid.rows[0]?.cells[1]?.fill).toBeUndefined();
  });
});

describe('readFigureText', () => {
  // The source line reads its words from the catalogue, which the app has loaded before any chart shows.
  beforeAll(() => loadCoreMessages('vi'));

  it('takes the title from the figure name, captions as subtitles, every note and every source, folded ones too', () => {
    const sources = ['A', 'B', 'C', 'D'].map((id) => source(id, `Báo cáo ${id}`));
    const { container } = render(
      <figure aria-label="PAR Index: điểm 2012–2024">
        <figcaption>
          <h2>PAR Index: điểm 2012–2024</h2>
          <p className="muted">Điểm (%)</p>
        </figcaption>
        <ul className="chart-notes">
          <li>Đường bị ngắt ở năm thiếu số liệu.</li>
        </ul>
        <ul className="notes">
          <li>Thứ hạng chính thức.</li>
        </ul>
        <SourceLine sources={sources} />
        <details>
          <table>
            <caption>Bảng số liệu</caption>
          </table>
        </details>
      </figure>,
    );
    expect(readFigureText(container.querySelector('figure')!)).toEqual({
      title: 'PAR Index: điểm 2012–2024',
      subtitles: ['Điểm (%)'],
      notes: ['Đường bị ngắt ở năm thiếu số liệu.', 'Thứ hạng chính thức.'],
      source: 'Nguồn: Báo cáo A (Bộ Nội vụ); Báo cáo B (Bộ Nội vụ); Báo cáo C (Bộ Nội vụ); Báo cáo D (Bộ Nội vụ)',
    });
  });
});
