import { Bar, BarChart, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { ValueFormatter } from './types';

export interface DivergingBarChartProps {
  data: readonly { key: string; label: string; value: number }[];
  formatValue: ValueFormatter;
  xLabel: string;
  width?: number;
  /** Height of one bar row; the chart grows with the number of bars. */
  rowHeight?: number;
}

export const RISE_COLOR = '#067647';
export const FALL_COLOR = '#b42318';

/** Horizontal bars left (fall) and right (rise) of zero, each with its value written at its end. */
export function DivergingBarChart({ data, formatValue, xLabel, width, rowHeight = 34 }: DivergingBarChartProps) {
  const extent = Math.max(...data.map((d) => Math.abs(d.value)), 0.01) * 1.35;
  const height = data.length * rowHeight + 48;
  const chart = (
    <BarChart data={[...data]} layout="vertical" width={width} height={height} margin={{ top: 4, right: 16, bottom: 20, left: 8 }} accessibilityLayer={false}>
      <XAxis type="number" domain={[-extent, extent]} tickFormatter={formatValue} tick={{ fontSize: 12 }} label={{ value: xLabel, position: 'insideBottom', offset: -12, fontSize: 12 }} />
      <YAxis type="category" dataKey="label" width={170} tick={{ fontSize: 13 }} interval={0} />
      <ReferenceLine x={0} stroke="#475467" />
      <Bar dataKey="value" isAnimationActive={false} barSize={Math.round(rowHeight * 0.6)}>
        {data.map((d) => (
          <Cell key={d.key} fill={d.value >= 0 ? RISE_COLOR : FALL_COLOR} />
        ))}
        <LabelList dataKey="value" position="right" formatter={(value: unknown) => (typeof value === 'number' ? formatValue(value) : '')} style={{ fontSize: 13, fill: '#1d2939' }} />
      </Bar>
    </BarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
