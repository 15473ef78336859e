import { escapeXml, round, svgText } from './svg-text';
import type { HeatGrid, MeasureText, TextStyle } from './types';
import { wrapText } from './wrap-text';

const CELL: TextStyle = { size: 13, weight: 400 };
const HEADER: TextStyle = { size: 13, weight: 700 };
const LINE = 16;
const PAD_X = 8;
const MIN_CELL = 52;
const BORDER = '#ffffff';
const TEXT = '#1d2939';
const EMPHASIS = '#08427d';

/** A heatmap table as an SVG grid: header row, one row per unit or component, every value written in its cell. */
export function drawHeatGrid(grid: HeatGrid, maxWidth: number, measure: MeasureText): { markup: string; width: number; height: number } {
  const widest = (texts: readonly string[], style: TextStyle) => Math.max(0, ...texts.map((t) => measure(t, style)));
  const cellWidth = Math.max(MIN_CELL, widest(grid.columns, HEADER) + 2 * PAD_X, widest(grid.rows.flatMap((r) => r.cells.map((c) => c.text)), CELL) + 2 * PAD_X);
  const labelRoom = Math.max(120, maxWidth - grid.columns.length * cellWidth);
  const labelWidth = Math.min(labelRoom, widest([grid.corner, ...grid.rows.map((r) => r.label)], HEADER) + 2 * PAD_X);
  const wrapLabel = (text: string) => wrapText(text, labelWidth - 2 * PAD_X, (t) => measure(t, HEADER));
  const rows = grid.rows.map((row) => ({ ...row, lines: wrapLabel(row.label) }));
  const cornerLines = wrapLabel(grid.corner);
  const headerHeight = Math.max(1, cornerLines.length) * LINE + 12;
  const parts: string[] = [];
  parts.push(...cornerLines.map((line, i) => svgText(line, { ...HEADER, x: PAD_X, y: 20 + i * LINE, fill: TEXT })));
  grid.columns.forEach((column, i) => parts.push(svgText(column, { ...HEADER, x: labelWidth + (i + 0.5) * cellWidth, y: headerHeight - 10, fill: TEXT, anchor: 'middle' })));
  let y = headerHeight;
  for (const row of rows) {
    const height = Math.max(1, row.lines.length) * LINE + 12;
    const style: TextStyle = { ...CELL, weight: row.emphasis ? 700 : 400 };
    // The unit in focus stands out in bold brand colour, as in the on-screen table.
    parts.push(...row.lines.map((line, i) => svgText(line, { ...style, x: PAD_X, y: y + 6 + LINE * (i + 0.75), fill: row.emphasis ? EMPHASIS : TEXT })));
    row.cells.forEach((cell, i) => {
      const x = labelWidth + i * cellWidth;
      if (cell.fill) parts.push(`<rect x="${round(x)}" y="${round(y)}" width="${round(cellWidth)}" height="${round(height)}" fill="${escapeXml(cell.fill)}" stroke="${BORDER}"/>`);
      parts.push(svgText(cell.text, { ...CELL, x: x + cellWidth / 2, y: y + height / 2 + 4.5, fill: cell.color ?? TEXT, anchor: 'middle' }));
    });
    y += height;
  }
  parts.push(`<line x1="0" y1="${round(headerHeight)}" x2="${round(labelWidth + grid.columns.length * cellWidth)}" y2="${round(headerHeight)}" stroke="#98a2b3"/>`);
  return { markup: parts.join('\n'), width: labelWidth + grid.columns.length * cellWidth, height: y };
}
