import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { drawnMarks, pointAt } from './drawn-marks';
import { placeLabels, textWidth, type LabelRequest } from './label-placement';
import type { LabelPlace } from './line-labels';
import type { ChartRow, SeriesConfig } from './types';

interface PointLabelsProps {
  rows: readonly ChartRow[];
  xKey: string;
  series: readonly SeriesConfig[];
  text: (value: number, s: SeriesConfig, row: ChartRow) => string;
  prefer: (row: ChartRow, s: SeriesConfig) => LabelPlace;
  fontSize: number;
  strongFontSize: number;
  colorOf: (s: SeriesConfig) => string;
  ink: string;
  /** x values (data units) of the dashed method-break lines: a label must not sit across one either. */
  breakXs?: readonly number[];
}

/**
 * Every value written next to its point (slides, paper: nothing depends on hovering), placed off the lines
 * and apart from each other (label-placement). Drawn inside the chart, after the lines.
 */
export function PointLabels({ rows, xKey, series, text, prefer, fontSize, strongFontSize, colorOf, ink, breakXs = [] }: PointLabelsProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  if (!xScale || !yScale || !plot) return null;
  const { segments: lines } = drawnMarks(rows, xKey, series, xScale, yScale);
  const breaks = breakXs.flatMap((value) => {
    const x = xScale(value);
    return x === undefined ? [] : [[x, plot.y, x, plot.y + plot.height] as const];
  });
  const segments = [...lines, ...breaks];
  // The focus unit's values are placed first, so they get the best places.
  const ordered = [...series].sort((a, b) => Number(Boolean(b.emphasis)) - Number(Boolean(a.emphasis)));
  const items = ordered.flatMap((s) =>
    rows.flatMap((row) => {
      const point = pointAt(row, s.key, xKey, xScale, yScale);
      if (!point) return [];
      const size = s.emphasis ? strongFontSize : fontSize;
      const label = text(point.value, s, row);
      const request: LabelRequest = { x: point.x, y: point.y, width: textWidth(label, size, Boolean(s.emphasis)), height: size * 1.3, prefer: prefer(row, s) };
      return [{ s, label, size, request }];
    }),
  );
  // Above the plot, but not above the chart's own top edge, where a label is cut off (a small chart on paper has
  // little margin), and into the right margin: a last year's value may be written beside its point.
  const top = Math.max(0, plot.y - fontSize * 2);
  const placements = placeLabels(
    items.map((item) => item.request),
    segments,
    { x: plot.x, y: top, width: Math.max(plot.width, (chartWidth ?? 0) - plot.x - 4), height: plot.y + plot.height - top },
    Math.round(fontSize * 0.7),
  );
  return (
    <g className="point-labels">
      {items.map((item, i) => {
        const place = placements[i];
        if (!place) return null;
        return (
          <text key={`${item.s.key}-${i}`} x={place.x} y={place.y} dy="0.35em" textAnchor={place.anchor} fontSize={item.size} fontWeight={item.s.emphasis ? 700 : 400} fill={item.s.emphasis ? colorOf(item.s) : ink} className="line-value">
            {item.label}
          </text>
        );
      })}
    </g>
  );
}
