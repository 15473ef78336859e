import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { SLIDE_FONT, type SlidePalette } from './slide-theme';

export interface SlideLine {
  key: string;
  color: string;
  width: number;
  dashed?: boolean;
  /** Where each value is written: above or below its point, chosen per row so that two lines' labels do not collide. */
  labels: (row: Record<string, number | string | null>) => 'above' | 'below';
  /** The unit's labels are bold and larger than a reference's. */
  emphasis?: boolean;
  format: (value: number) => string;
  /** Column holding ready-made label text (a rank with its denominator); the line's own values when omitted. */
  labelKey?: string;
}

export interface SlideLineChartProps {
  rows: readonly Record<string, number | string | null>[];
  lines: readonly SlideLine[];
  yDomain: [number, number];
  yReversed?: boolean;
  yLabel: string;
  formatTick: (value: number) => string;
  /** Years where a new method starts: a dashed line just before (explained by the slide's legend). */
  breaks: readonly number[];
  width: number;
  height: number;
  palette: SlidePalette;
}

/** Years across, every value written on its point: nothing on a slide depends on hovering. */
export function SlideLineChart({ rows, lines, yDomain, yReversed = false, yLabel, formatTick, breaks, width, height, palette }: SlideLineChartProps) {
  const tick = { fontSize: SLIDE_FONT.chartSmall, fill: palette.text };
  return (
    <LineChart data={[...rows]} width={width} height={height} margin={{ top: 48, right: 48, bottom: 16, left: 24 }}>
      <CartesianGrid stroke={palette.grid} vertical={false} />
      <XAxis
        dataKey="year"
        type="number"
        domain={['dataMin', 'dataMax']}
        padding={{ left: 48, right: 48 }}
        ticks={rows.map((row) => Number(row.year))}
        interval={0}
        tick={tick}
        stroke={palette.muted}
      />
      <YAxis
        domain={yDomain}
        reversed={yReversed}
        allowDecimals={false}
        tickFormatter={formatTick}
        width={90}
        tick={tick}
        stroke={palette.muted}
        label={{ value: yLabel, angle: -90, position: 'insideLeft', style: { fontSize: SLIDE_FONT.chartSmall, fill: palette.muted, textAnchor: 'middle' } }}
      />
      {breaks.map((year) => (
        <ReferenceLine key={year} x={year - 0.5} stroke={palette.muted} strokeWidth={2} strokeDasharray="8 6" />
      ))}
      {lines.map((line) => (
        <Line
          key={line.key}
          dataKey={line.key}
          stroke={line.color}
          strokeWidth={line.width}
          strokeDasharray={line.dashed ? '10 8' : undefined}
          dot={{ r: line.width + 2, fill: line.color, strokeWidth: 0 }}
          connectNulls={false}
          isAnimationActive={false}
        >
          <LabelList
            dataKey={line.labelKey ?? line.key}
            content={(props) => {
              const row = props.index === undefined ? undefined : rows[props.index];
              if (!row || typeof props.value !== 'number' && typeof props.value !== 'string') return null;
              const text = typeof props.value === 'number' ? line.format(props.value) : props.value;
              const above = line.labels(row) === 'above';
              return (
                <text
                  x={Number(props.x)}
                  y={Number(props.y) + (above ? -18 : 18)}
                  dy={above ? 0 : '0.7em'}
                  textAnchor="middle"
                  fontSize={line.emphasis ? SLIDE_FONT.chart : SLIDE_FONT.chartSmall}
                  fontWeight={line.emphasis ? 700 : 400}
                  fill={line.color}
                >
                  {text}
                </text>
              );
            }}
          />
        </Line>
      ))}
    </LineChart>
  );
}
