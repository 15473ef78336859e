import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis } from 'recharts';
import { divergingAxis, thinTicks } from '@/domain/series/axis';
import { textWidth } from './label-placement';
import { SizedChart } from './sized-chart';
import type { ChartPlace, ValueFormatter } from './types';

export interface DivergingBarChartProps {
  data: readonly { key: string; label: string; value: number }[];
  formatValue: ValueFormatter;
  xLabel: string;
  width?: number;
  /** A phone's width: bars named by their key (the code) alone, and three ticks, so the bars keep their room. */
  narrow?: boolean;
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

const FONT_SIZE = 13;
const LABEL_GAP = 6;

/**
 * Horizontal bars left (fall) and right (rise) of a zero line, on round ticks the same each side, each value
 * written beyond its bar's end (never across the zero line), in room kept for it inside the plot: the longest bar's
 * value never runs into the names or off the chart.
 */
export function DivergingBarChart({ data, formatValue, xLabel, width, narrow = false, rowHeight = 34, place }: DivergingBarChartProps) {
  const axis = divergingAxis(data.map((d) => d.value));
  const height = data.length * rowHeight + 48;
  const valueRoom = Math.ceil(Math.max(...data.map((d) => textWidth(formatValue(d.value), FONT_SIZE, false)))) + LABEL_GAP + 4;
  const chart = (
    <BarChart data={[...data]} layout="vertical" width={width} height={height} margin={{ top: 4, right: 16, bottom: 20, left: 8 }} accessibilityLayer={false}>
      <XAxis
        type="number"
        domain={axis.domain}
        ticks={narrow ? thinTicks(axis.ticks, 3) : axis.ticks}
        interval={0}
        padding={{ left: valueRoom, right: valueRoom }}
        tickFormatter={formatValue}
        tick={{ fontSize: 12 }}
        label={{ value: xLabel, position: 'insideBottom', offset: -12, fontSize: 12 }}
      />
      <YAxis type="category" dataKey={narrow ? 'key' : 'label'} width={narrow ? 40 : 170} tick={{ fontSize: FONT_SIZE }} interval={0} />
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
            const end = value >= 0 ? Math.max(left, right) + LABEL_GAP : Math.min(left, right) - LABEL_GAP;
            return (
              <text x={end} y={Number(y ?? 0) + Number(h ?? 0) / 2} dy="0.35em" textAnchor={value >= 0 ? 'start' : 'end'} fontSize={FONT_SIZE} fill="#1d2939">
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
