import { CartesianGrid, Line, LineChart as RechartsLineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from './chart-tooltip';
import type { ChartRow, PointFormatter, SeriesConfig, XMarker } from './types';

export interface LineChartProps {
  data: readonly ChartRow[];
  xKey: string;
  series: readonly SeriesConfig[];
  formatPoint: PointFormatter;
  formatTick: (value: number) => string;
  yDomain: [number, number];
  /** Rank axes put 1 at the top. */
  yReversed?: boolean;
  yLabel: string;
  /** Explicit y ticks, e.g. round ranks; Recharts chooses when omitted. */
  yTicks?: readonly number[];
  xMarkers?: readonly XMarker[];
  height: number;
  width?: number;
}

/** Lines over years; nulls are gaps, never bridged. Presentational: props in, SVG out. */
export function LineChart({ data, xKey, series, formatPoint, formatTick, yDomain, yReversed = false, yLabel, yTicks, xMarkers = [], height, width }: LineChartProps) {
  const chart = (
    <RechartsLineChart data={[...data]} width={width} height={height} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer>
      <CartesianGrid stroke="#e4e7ec" vertical={false} />
      <XAxis dataKey={xKey} type="number" domain={['dataMin', 'dataMax']} allowDecimals={false} tickCount={Math.min(data.length, 14)} tick={{ fontSize: 13 }} />
      <YAxis
        domain={yDomain}
        reversed={yReversed}
        ticks={yTicks ? [...yTicks] : undefined}
        allowDecimals={false}
        tickFormatter={formatTick}
        width={56}
        tick={{ fontSize: 13 }}
        label={{ value: yLabel, angle: -90, position: 'insideLeft', style: { fontSize: 13, textAnchor: 'middle' } }}
      />
      {xMarkers.map((marker) => (
        <ReferenceLine key={marker.x} x={marker.x - 0.5} stroke="#98a2b3" strokeWidth={1.5} strokeDasharray="4 4" />
      ))}
      <Tooltip content={<ChartTooltip series={series} formatPoint={formatPoint} xKey={xKey} />} isAnimationActive={false} />
      {series.map((s) => (
        <Line
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stroke={s.color}
          strokeWidth={s.emphasis ? 4 : 2.5}
          strokeDasharray={s.dashed ? '6 4' : undefined}
          dot={{ r: s.emphasis ? 4.5 : 3.5, fill: s.color, strokeWidth: 0 }}
          activeDot={{ r: 6 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      ))}
    </RechartsLineChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
