/** How a line chart is set: type, ink and room. The screen's is the default; sparklines and slides pass their own. */
export interface LineStyle {
  fontSize: number;
  /** Size of the values written on the focus unit's points (slides). */
  strongFontSize: number;
  text: string;
  /** Axis lines, break markers and the axis label. */
  axis: string;
  /** Horizontal grid lines; none when undefined. */
  grid?: string;
  /** Lines that are not chosen, until hovered. */
  muted: string;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Room left of the first year and right of the last. */
  xPadding: number;
  /** 0 hides the value axis. */
  yAxisWidth: number;
  lineWidth: number;
  strongWidth: number;
  /** A tick for every year rather than at most `xTicks`. */
  everyYear: boolean;
  xTicks: number;
  /** Dot radius beyond the line's width. */
  dotExtra: number;
  dash: string;
  breakDash: string;
}

export const SCREEN_LINE_STYLE: LineStyle = {
  fontSize: 13,
  strongFontSize: 13,
  text: '#344054',
  axis: '#98a2b3',
  grid: '#e4e7ec',
  muted: '#c4cad4',
  margin: { top: 16, right: 24, bottom: 8, left: 8 },
  xPadding: 8,
  yAxisWidth: 56,
  lineWidth: 2.5,
  strongWidth: 4,
  everyYear: false,
  xTicks: 14,
  dotExtra: 1,
  dash: '6 4',
  breakDash: '4 4',
};

/** A small chart without a value axis or grid (the overview's card). */
export const SPARK_LINE_STYLE: LineStyle = {
  ...SCREEN_LINE_STYLE,
  fontSize: 12,
  strongFontSize: 11,
  grid: undefined,
  // Room for half a year label at each end.
  margin: { top: 6, right: 18, bottom: 0, left: 18 },
  xPadding: 0,
  yAxisWidth: 0,
  strongWidth: 2.5,
  xTicks: 5,
  dotExtra: 0.5,
};

/**
 * A sparkline for paper: room for the values written over the first and last points, and above the plot for two
 * levels of values lifted over their neighbours' (PAPI 2022-2024 within half a point: 2024's was cut off at 16 px).
 */
export const PAPER_LINE_STYLE: LineStyle = { ...SPARK_LINE_STYLE, margin: { top: 26, right: 20, bottom: 0, left: 20 }, everyYear: true };

/** A phone in portrait: a narrower value axis and no axis title (the caption above names it), so the plot keeps its width. */
export const PHONE_LINE_STYLE: LineStyle = {
  ...SCREEN_LINE_STYLE,
  fontSize: 12,
  strongFontSize: 12,
  margin: { top: 16, right: 12, bottom: 8, left: 0 },
  xPadding: 6,
  yAxisWidth: 34,
};
