import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesConfig, ValueFormatter } from './types';

export interface TrendSparklineProps {
  data: readonly Record<string, number | null>[];
  xKey: string;
  series: readonly SeriesConfig[];
  valueFormatter: ValueFormatter;
  domain: [number, number];
  height: number;
  /** Fixed width for tests and print; responsive when omitted. */
  width?: number;
}

/** A small line chart: each series is one comparable segment, so a methodology break is never bridged. */
export function TrendSparkline({ data, xKey, series, valueFormatter, domain, height, width }: TrendSparklineProps) {
  const chart = (
    <LineChart data={[...data]} width={width} height={height} margin={{ top: 6, right: 8, bottom: 0, left: 8 }} accessibilityLayer>
      <XAxis dataKey={xKey} tickLine={false} axisLine={false} interval="preserveStartEnd" tick={{ fontSize: 12 }} />
      <YAxis hide domain={domain} />
      <Tooltip
        formatter={(value) => (typeof value === 'number' ? valueFormatter(value) : '')}
        separator=": "
        isAnimationActive={false}
      />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.color}
          strokeWidth={2.5}
          dot={{ r: 3, fill: s.color }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
