import { LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
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
  /** Write each value over its point and every year under the axis: on paper there is no tooltip. */
  valueLabels?: boolean;
}

const MARGIN = { top: 6, right: 8, bottom: 0, left: 8 };
// Room for a value written over the first and last points, and for the years under them.
const LABELLED_MARGIN = { top: 16, right: 20, bottom: 0, left: 20 };

/** A small line chart: each series is one comparable segment, so a methodology break is never bridged. */
export function TrendSparkline({ data, xKey, series, valueFormatter, domain, height, width, valueLabels = false }: TrendSparklineProps) {
  // Not focusable: the sparkline sits in an aria-hidden box, and its table is the way in for keyboard and screen reader.
  const chart = (
    <LineChart data={[...data]} width={width} height={height} margin={valueLabels ? LABELLED_MARGIN : MARGIN} accessibilityLayer={false}>
      <XAxis dataKey={xKey} tickLine={false} axisLine={false} interval={valueLabels ? 0 : 'preserveStartEnd'} tick={{ fontSize: 12 }} />
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
        >
          {valueLabels && (
            <LabelList dataKey={s.key} position="top" offset={6} fontSize={11} fill="#1d2939" formatter={(value) => (typeof value === 'number' ? valueFormatter(value) : '')} />
          )}
        </Line>
      ))}
    </LineChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
