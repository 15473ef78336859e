import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { SizedChart } from './sized-chart';
import { divergingAxis } from '@/domain/series/axis';
import type { ChartPlace, ValueFormatter } from './types';

export interface DivergingBarChartProps {
  data: readonly { key: string; label: string; value: number }[];
  formatValue: ValueFormatter;
  xLabel: string;
  width?: number;
  /** Height of one bar row; the chart grows with the number of bars. */
  rowHeight?: number;
  /** The box the chart is drawn in, if the view gives one. */
  place?: ChartPlace;
}

export const RISE_COLOR = '#067647';
export const FALL_COLOR = '#b42318';

interface BarLabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/**
 * Horizontal bars left (fall) and right (rise) of a zero line, on round ticks the same each side, each value
 * written beyond its bar's end (never across the zero line).
 */
export function DivergingBarChart({ data, formatValue, xLabel, width, rowHeight = 34, place }: DivergingBarChartProps) {
  const axis = divergingAxis(data.map((d) => d.value));
  const height = data.length * rowHeight + 48;
  const chart = (
    <BarChart data={[...data]} layout="vertical" width={width} height={height} margin={{ top: 4, right: 64, bottom: 20, left: 64 }} accessibilityLayer={false}>
      <XAxis type="number" domain={axis.domain} ticks={axis.ticks} interval={0} tickFormatter={formatValue} tick={{ fontSize: 12 }} label={{ value: xLabel, position: 'insideBottom', offset: -12, fontSize: 12 }} />
      <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 13 }} interval={0} />
      <ReferenceLine x={0} stroke="#344054" strokeWidth={1.5} className="zero-line" />
      <Bar dataKey="value" isAnimationActive={false} barSize={Math.round(rowHeight * 0.6)}>
        {data.map((d) => (
          <Cell key={d.key} fill={d.value >= 0 ? RISE_COLOR : FALL_COLOR} />
        ))}
        <LabelList
          dataKey="value"
          content={({ x, y, width: w, height: h, value }: BarLabelProps) => {
            if (typeof value !== 'number') return null;
            const left = Number(x ?? 0);
            const right = left + Number(w ?? 0);
            // A negative bar's width is negative: its end is the smaller x.
            const end = value >= 0 ? Math.max(left, right) + 6 : Math.min(left, right) - 6;
            return (
              <text x={end} y={Number(y ?? 0) + Number(h ?? 0) / 2} dy="0.35em" textAnchor={value >= 0 ? 'start' : 'end'} fontSize={13} fill="#1d2939">
                {formatValue(value)}
              </text>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
  return (
    <SizedChart width={width} height={height} place={place}>
      {chart}
    </SizedChart>
  );
}
