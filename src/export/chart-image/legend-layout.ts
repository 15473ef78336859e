import { escapeXml, round, svgText } from './svg-text';
import type { LegendEntry, MeasureText, Swatch, TextStyle } from './types';
import { wrapText } from './wrap-text';

const STYLE: TextStyle = { size: 13, weight: 400 };
const SWATCH_WIDTH = 22;
const SWATCH_GAP = 6;
const ENTRY_GAP = 20;
export const LEGEND_LINE_HEIGHT = 20;

export interface PlacedEntry {
  entry: LegendEntry;
  x: number;
  /** Top of the entry's first line. */
  y: number;
  lines: string[];
}

/** Entries left to right, onto a new row when the next would overflow; a label wider than a row wraps. */
export function layoutLegend(entries: readonly LegendEntry[], maxWidth: number, measure: MeasureText): { placed: PlacedEntry[]; height: number } {
  const placed: PlacedEntry[] = [];
  let x = 0;
  let y = 0;
  let rowLines = 1;
  for (const entry of entries) {
    const style = styleOf(entry);
    const labelWidth = measure(entry.label, style);
    const width = SWATCH_WIDTH + SWATCH_GAP + labelWidth;
    if (x > 0 && x + width > maxWidth) {
      y += rowLines * LEGEND_LINE_HEIGHT;
      x = 0;
      rowLines = 1;
    }
    const lines = width > maxWidth ? wrapText(entry.label, maxWidth - SWATCH_WIDTH - SWATCH_GAP, (t) => measure(t, style)) : [entry.label];
    placed.push({ entry, x, y, lines });
    rowLines = Math.max(rowLines, lines.length);
    x += (lines.length > 1 ? maxWidth : width) + ENTRY_GAP;
  }
  return { placed, height: entries.length === 0 ? 0 : y + rowLines * LEGEND_LINE_HEIGHT };
}

const styleOf = (entry: LegendEntry): TextStyle => ({ ...STYLE, weight: entry.strong ? 700 : 400 });

/** The legend as SVG markup, its top-left corner at (left, top). */
export function drawLegend(placed: readonly PlacedEntry[], left: number, top: number, textColor: string): string {
  return placed
    .map(({ entry, x, y, lines }) => {
      const middle = top + y + LEGEND_LINE_HEIGHT / 2;
      const textX = left + x + SWATCH_WIDTH + SWATCH_GAP;
      const text = lines.map((line, i) => svgText(line, { ...styleOf(entry), x: textX, y: middle + 4.5 + i * LEGEND_LINE_HEIGHT, fill: textColor }));
      return [drawSwatch(entry.swatch, left + x, middle), ...text].join('');
    })
    .join('\n');
}

/** A swatch 22 px wide, vertically centred on `middle`. */
export function drawSwatch(swatch: Swatch, x: number, middle: number): string {
  const c = escapeXml(swatch.color);
  const cx = round(x + SWATCH_WIDTH / 2);
  switch (swatch.kind) {
    case 'line':
      return `<line x1="${round(x + 1)}" y1="${round(middle)}" x2="${round(x + SWATCH_WIDTH - 1)}" y2="${round(middle)}" stroke="${c}" stroke-width="${swatch.width}"${swatch.dashed ? ' stroke-dasharray="5 3"' : ''}/>`;
    case 'rule':
      return `<line x1="${cx}" y1="${round(middle - 8)}" x2="${cx}" y2="${round(middle + 8)}" stroke="${c}" stroke-width="1.5" stroke-dasharray="3 3"/>`;
    case 'diamond':
      return `<polygon points="${cx},${round(middle - 5)} ${cx + 5},${round(middle)} ${cx},${round(middle + 5)} ${cx - 5},${round(middle)}" fill="${c}"/>`;
    case 'dot':
      return `<circle cx="${cx}" cy="${round(middle)}" r="5" fill="${c}" stroke="#475467" stroke-width="0.75"/>`;
    case 'band':
      return `<rect x="${round(x + 3)}" y="${round(middle - 6)}" width="16" height="12" fill="${c}" fill-opacity="0.18" stroke="${c}" stroke-dasharray="3 3"/>`;
    case 'pin':
      return `<line x1="${cx}" y1="${round(middle - 8)}" x2="${cx}" y2="${round(middle + 8)}" stroke="${c}" stroke-width="1.5"/><circle cx="${cx}" cy="${round(middle - 3)}" r="4.5" fill="${c}"/>`;
  }
}
