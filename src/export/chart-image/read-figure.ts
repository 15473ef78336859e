import type { HeatGrid, LegendEntry, Swatch } from './types';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (root: ParentNode, selector: string) => [...root.querySelectorAll(selector)];

/**
 * A legend entry's swatch, read from the small SVG that chart-legend.tsx or bar-legend.tsx draws:
 * a dot on a line makes a pin, a dot alone a dot, a diamond a diamond, a box a band, an upright line a rule.
 */
export function readSwatch(svg: Element | null): Swatch {
  const diamond = svg?.querySelector('polygon');
  if (diamond) return { kind: 'diamond', color: diamond.getAttribute('fill') ?? '#000000' };
  const line = svg?.querySelector('line');
  const rect = svg?.querySelector('rect');
  const circle = svg?.querySelector('circle');
  if (circle) return line ? { kind: 'pin', color: line.getAttribute('stroke') ?? '#000000' } : { kind: 'dot', color: circle.getAttribute('fill') ?? '#000000' };
  if (rect) return { kind: 'band', color: rect.getAttribute('fill') ?? '#000000' };
  const color = line?.getAttribute('stroke') ?? '#000000';
  if (line && line.getAttribute('x1') === line.getAttribute('x2')) return { kind: 'rule', color };
  return { kind: 'line', color, width: Number(line?.getAttribute('stroke-width') ?? 2), dashed: line?.hasAttribute('stroke-dasharray') ?? false };
}

export function readLegend(figure: ParentNode): LegendEntry[] {
  return all(figure, '.chart-legend li').map((item) => {
    const label = item.querySelector('span');
    return { label: text(label), swatch: readSwatch(item.querySelector('svg')), strong: label?.classList.contains('strong') ?? false };
  });
}

/** The heatmap table as a grid: header labels, row labels, and each cell's text and colours. */
export function readHeatGrid(table: HTMLTableElement): HeatGrid {
  const [corner, ...columns] = all(table, 'thead th').map(text);
  return {
    corner: corner ?? '',
    columns,
    rows: all(table, 'tbody tr').map((row) => ({
      label: text(row.querySelector('th')),
      emphasis: row.classList.contains('emphasis'),
      cells: all(row, 'td').map((cell) => {
        const style = (cell as HTMLElement).style;
        return { text: text(cell), fill: style.backgroundColor || undefined, color: style.color || undefined };
      }),
    })),
  };
}

/** What a figure shows besides the chart: its title (the figure's name), captions, notes and sources. */
export function readFigureText(figure: HTMLElement): { title: string; subtitles: string[]; notes: string[]; source: string } {
  return {
    title: figure.getAttribute('aria-label') ?? text(figure.querySelector('figcaption h2, figcaption h3, caption')),
    subtitles: all(figure, 'figcaption p').map(text).filter(Boolean),
    notes: all(figure, '.notes li, .chart-notes li').map(text).filter(Boolean),
    // The folded part of a long source list is in the image too: it has no "show more" to click.
    source: all(figure, '.source-line p').map(text).filter(Boolean).join('; '),
  };
}
