import { CartesianGrid, Line, LineChart as RechartsLineChart, ReferenceArea, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartTooltip } from './chart-tooltip';
import { EventBadge } from './event-badge';
import type { ChartRow, PointFormatter, SeriesConfig, XEvent, XMarker, YBand } from './types';

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
  events?: readonly XEvent[];
  bands?: readonly YBand[];
  height: number;
  width?: number;
}

/** Lines over years; nulls are gaps, never bridged. Presentational: props in, SVG out. */
export function LineChart({ data, xKey, series, formatPoint, formatTick, yDomain, yReversed = false, yLabel, yTicks, xMarkers = [], events = [], bands = [], height, width }: LineChartProps) {
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
      {bands.map((band) => (
        <ReferenceArea
          key={`${band.x1}-${band.y1}-${band.y2}`}
          x1={band.x1}
          x2={band.x2}
          y1={band.y1}
          y2={band.y2}
          fill={band.color}
          fillOpacity={0.18}
          stroke={band.color}
          strokeDasharray="3 3"
          label={band.label ? { value: band.label, position: 'insideTop', fontSize: 12, fill: band.color } : undefined}
        />
      ))}
      {events.map((event) => (
        <ReferenceLine key={`${event.x}-${event.badge}`} x={event.x} stroke={event.color} strokeOpacity={0.6} strokeWidth={1.25} label={<EventBadge text={event.badge} color={event.color} lane={event.lane} />} />
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
