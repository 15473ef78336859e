import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';
import { spreadLabels } from './label-lanes';
import type { ChartRow } from './types';

export type LabelPlace = 'above' | 'below';

export interface EndLabel {
  /** The line's name. */
  name: string;
  color: string;
  strong: boolean;
  /** Its last point. */
  year: number | string | null | undefined;
  value: number;
}

/**
 * Line names right of their last points, where the eye ends (instead of a trip to the legend), moved apart
 * vertically where lines end close together.
 */
export function EndLabels({ labels, fontSize }: { labels: readonly EndLabel[]; fontSize: number }) {
  const xScale = useXAxisScale();
  const yScale = useYAxisScale();
  const plot = usePlotArea();
  if (!xScale || !yScale || !plot) return null;
  const points = labels.flatMap((label) => {
    const x = xScale(label.year);
    const y = yScale(label.value);
    return x === undefined || y === undefined ? [] : [{ label, x, y }];
  });
  // Whole labels inside the plot: never over the year ticks below it.
  const half = fontSize * 0.6;
  const ys = spreadLabels(points.map((p) => p.y), fontSize * 1.2, plot.y + half, plot.y + plot.height - half);
  return (
    <g className="line-end-labels">
      {points.map(({ label, x }, i) => (
        <text key={label.name} x={x + 8} y={ys[i]} dy="0.35em" fontSize={fontSize} fontWeight={label.strong ? 700 : 600} fill={label.color} stroke="#ffffff" strokeWidth={3} paintOrder="stroke" className="line-end-label">
          {label.name}
        </text>
      ))}
    </g>
  );
}

/** The row holding a line's last value. */
export const lastRow = (rows: readonly ChartRow[], index: number | undefined) => (index === undefined ? undefined : rows[index]);
