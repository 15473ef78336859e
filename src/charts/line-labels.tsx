import { useChartWidth, usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { drawnMarks } from './drawn-marks';
import { placeLabels, textWidth, type Rect } from './label-placement';
import { spreadLabels } from './label-lanes';
import type { ChartRow, SeriesConfig } from './types';

export type LabelPlace = 'above' | 'below';

export interface EndLabel {
  key: string;
  /** The line's name, and its last value where the chart writes it ("Cần Thơ 22/63"). */
  text: string;
  color: string;
  strong: boolean;
  /** Its last point. */
  year: number | string | null | undefined;
  value: number;
}

interface EndLabelsProps {
  labels: readonly EndLabel[];
  fontSize: number;
  /** What the chart draws, for the names to keep clear of. */
  rows: readonly ChartRow[];
  xKey: string;
  series: readonly SeriesConfig[];
}

/**
 * Line names where the eye ends (instead of a trip to the legend). Lines that reach the last year are named in a
 * column right of their ends, moved apart vertically where they end close together; a line that ends earlier (a
 * city before its merger) is named beside its last point where no line, point or other name is (label-placement),
 * or not at all when there is no such place.
 */
export function EndLabels({ labels, fontSize, rows, xKey, series }: EndLabelsProps) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  const chartWidth = useChartWidth();
  if (!xScale || !yScale || !plot || chartWidth === undefined) return null;
  const height = fontSize * 1.2;
  const items = labels.flatMap((label) => {
    const x = xScale(label.year);
    const y = yScale(label.value);
    return x === undefined || y === undefined ? [] : [{ label, x, y, width: textWidth(label.text, fontSize, label.strong) }];
  });
  const lastX = Math.max(...rows.flatMap((row) => xScale(row[xKey]) ?? []));
  const atEnd = items.filter((item) => item.x >= lastX - 0.5);
  const early = items.filter((item) => item.x < lastX - 0.5).sort((a, b) => Number(b.label.strong) - Number(a.label.strong));
  // Whole labels inside the plot: never over the year ticks below it.
  const ys = spreadLabels(atEnd.map((item) => item.y), height, plot.y + height / 2, plot.y + plot.height - height / 2);
  const column = atEnd.map((item, i) => ({ item, x: item.x + 8, y: ys[i] ?? item.y, anchor: 'start' as const }));
  const { segments, points } = drawnMarks(rows, xKey, series, xScale, yScale);
  const gap = Math.round(fontSize * 0.7);
  const taken: Rect[] = [
    ...column.map(({ item, x, y }) => ({ x, y: y - height / 2, width: item.width, height })),
    ...points.map((p) => ({ x: p.x - gap / 2, y: p.y - gap / 2, width: gap, height: gap })),
  ];
  const bounds = { x: plot.x, y: plot.y, width: chartWidth - plot.x, height: plot.height };
  const placements = placeLabels(early.map((item) => ({ x: item.x, y: item.y, width: item.width, height, prefer: 'right' as const })), segments, bounds, gap, taken);
  // A name with no free place beside its line's end (a narrow chart) is left to the legend, not written over other marks.
  const placed = [...column, ...early.flatMap((item, i) => (placements[i]?.clear ? [{ item, ...placements[i] }] : []))];
  return (
    <g className="line-end-labels">
      {placed.map(({ item: { label }, x, y, anchor }) => (
        <text key={label.key} x={x} y={y} dy="0.35em" textAnchor={anchor} fontSize={fontSize} fontWeight={label.strong ? 700 : 600} fill={label.color} stroke="#ffffff" strokeWidth={3} paintOrder="stroke" className="line-end-label">
          {label.text}
        </text>
      ))}
    </g>
  );
}
