export type FontWeight = 400 | 700;

export interface TextStyle {
  size: number;
  weight: FontWeight;
}

/** Width in px of a text in the image's font; the browser measures on a canvas, tests pass a stand-in. */
export type MeasureText = (text: string, style: TextStyle) => number;

/** How a legend entry is drawn, mirroring the on-screen legends (chart-legend, bar-legend). */
export type Swatch =
  | { kind: 'line'; color: string; width: number; dashed: boolean }
  /** A vertical dashed rule, e.g. a methodology break. */
  | { kind: 'rule'; color: string }
  /** Points of a series never joined by a line (a published mean beside a computed one). */
  | { kind: 'diamond'; color: string }
  /** A dot of a dot plot. */
  | { kind: 'dot'; color: string }
  | { kind: 'band'; color: string }
  /** A vertical line with a dot at the top: a dated event such as a plan adopted. */
  | { kind: 'pin'; color: string };

export interface LegendEntry {
  label: string;
  swatch: Swatch;
  strong?: boolean;
}

/** A heatmap read from its table: the cells keep the colours shown on screen. */
export interface HeatGrid {
  corner: string;
  columns: readonly string[];
  rows: readonly { label: string; emphasis: boolean; cells: readonly { text: string; fill?: string; color?: string }[] }[];
}

/** The chart itself: the serialised Recharts surface, or a heatmap to draw as a grid. */
export type ChartBody = { kind: 'svg'; markup: string; width: number; height: number } | { kind: 'grid'; grid: HeatGrid };

/** Everything a figure shows, as text and shapes, ready to be drawn into one image. */
export interface FigureContent {
  title: string;
  subtitles: readonly string[];
  legend: readonly LegendEntry[];
  body: ChartBody;
  notes: readonly string[];
  source: string;
}
