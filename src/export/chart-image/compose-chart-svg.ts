import { drawHeatGrid } from './heat-grid';
import { drawLegend, layoutLegend } from './legend-layout';
import { escapeXml, round, svgText } from './svg-text';
import type { FigureContent, MeasureText, TextStyle } from './types';
import { wrapText } from './wrap-text';

export const IMAGE_FONT_FAMILY = 'Be Vietnam Pro';

const PAD = 24;
const MIN_WIDTH = 640;
/** Width a heatmap may take when it has no rendered size of its own. */
const GRID_MAX_WIDTH = 1100;
const GAP = 12;
const INK = '#101828';
const MUTED = '#475467';

interface Block extends TextStyle {
  lineHeight: number;
  fill: string;
}
const TITLE: Block = { size: 20, weight: 700, lineHeight: 27, fill: INK };
const SUBTITLE: Block = { size: 14, weight: 400, lineHeight: 20, fill: MUTED };
const NOTE: Block = { size: 13, weight: 400, lineHeight: 18, fill: '#344054' };
const SOURCE: Block = { size: 13, weight: 400, lineHeight: 18, fill: MUTED };

/** A slide-sized image: a fixed frame the chart is scaled to fill (16:9, 4:3). */
export interface Frame {
  width: number;
  height: number;
  /** "and 3 more notes": said when notes would leave the chart less than CHART_SHARE of the frame. */
  moreNotes: (count: number) => string;
}

export interface ComposeOptions {
  measure: MeasureText;
  /** @font-face rules with the font inlined, so the image needs no network. */
  fontCss: string;
  /** Fixed size, chart scaled to fill what text leaves; the chart's own size when omitted. */
  frame?: Frame;
}

/** The least share of a frame's height the chart keeps: notes beyond it are counted, not written. */
const CHART_SHARE = 0.62;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
  /** Where a line of bold text (the title) and one of regular text are drawn: ink there means the fonts are in use. */
  textProbes: Box[];
}

/**
 * One standalone SVG document: title and subtitles at the top, the legend, the chart, then notes and
 * the source line, all drawn as SVG text in the embedded font. Every data text is escaped; the chart
 * markup is the browser's own serialisation of the rendered chart.
 */
export function composeChartSvg(content: FigureContent, { measure, fontCss, frame }: ComposeOptions): ComposedImage {
  const grid = content.body.kind === 'grid' ? drawHeatGrid(content.body.grid, GRID_MAX_WIDTH - 2 * PAD, measure) : undefined;
  const bodyWidth = content.body.kind === 'svg' ? content.body.width : (grid?.width ?? 0);
  const bodyHeight = content.body.kind === 'svg' ? content.body.height : (grid?.height ?? 0);
  const width = frame ? frame.width : Math.ceil(Math.max(MIN_WIDTH, bodyWidth + 2 * PAD));
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  const probes = new Map<TextStyle['weight'], Box>();
  let y = PAD;
  let dryRun = false;

  /** Wrapped text; a bullet hangs left of its lines. In a dry run only `y` moves (to measure the footer). */
  const paragraph = (text: string, block: Block, bullet?: string) => {
    const indent = bullet ? measure(`${bullet} `, block) : 0;
    if (bullet && !dryRun) parts.push(svgText(bullet, { ...block, x: PAD, y: y + block.size }));
    wrapText(text, inner - indent, (t) => measure(t, block)).forEach((line) => {
      if (!dryRun) parts.push(svgText(line, { ...block, x: PAD + indent, y: y + block.size }));
      if (!dryRun && !probes.has(block.weight)) probes.set(block.weight, { x: PAD + indent, y, width: Math.min(inner, measure(line, block)), height: block.lineHeight });
      y += block.lineHeight;
    });
  };
  const footer = (notes: readonly string[]) => {
    notes.forEach((note) => paragraph(note, NOTE, '•'));
    if (notes.length > 0) y += GAP / 2;
    if (content.source) paragraph(content.source, SOURCE);
  };
  /** Height of the notes and source line, measured without drawing. */
  const footerHeight = (notes: readonly string[]) => {
    const [start, wasDry] = [y, dryRun];
    dryRun = true;
    footer(notes);
    const height = y - start;
    [y, dryRun] = [start, wasDry];
    return height;
  };

  paragraph(content.title, TITLE);
  content.subtitles.forEach((s) => paragraph(s, SUBTITLE));
  y += GAP / 2;
  if (content.legend.length > 0) {
    const legend = layoutLegend(content.legend, inner, measure);
    parts.push(drawLegend(legend.placed, PAD, y, INK));
    y += legend.height + GAP / 2;
  }
  const bodyMarkup = content.body.kind === 'svg' ? content.body.markup : (grid?.markup ?? '');
  if (frame) {
    // The chart fills what the text leaves, scaled as a whole; notes that would squeeze it are counted instead.
    let notes = [...content.notes];
    const room = (list: readonly string[]) => frame.height - PAD - footerHeight(list) - GAP - y;
    for (let kept = notes.length; kept > 0 && room(notes) < frame.height * CHART_SHARE; kept--) notes = [...content.notes.slice(0, kept - 1), frame.moreNotes(content.notes.length - kept + 1)];
    const area = Math.max(room(notes), 0);
    parts.push(`<svg x="${PAD}" y="${round(y)}" width="${round(inner)}" height="${round(area)}" viewBox="0 0 ${bodyWidth} ${bodyHeight}" preserveAspectRatio="xMidYMid meet" class="chart-body">${bodyMarkup}</svg>`);
    y += area + GAP;
    footer(notes);
  } else {
    parts.push(`<g transform="translate(${PAD} ${round(y)})">${bodyMarkup}</g>`);
    y += bodyHeight + GAP;
    footer(content.notes);
  }
  const height = frame ? frame.height : Math.ceil(y + PAD);

  return {
    width,
    height,
    textProbes: [...probes.values()],
    svg: [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(`'${IMAGE_FONT_FAMILY}', sans-serif`)}">`,
      `<title>${escapeXml(content.title)}</title>`,
      `<style><![CDATA[\n${fontCss.replaceAll(']]>', '')}\n]]></style>`,
      `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
      ...parts,
      '</svg>',
    ].join('\n'),
  };
}
