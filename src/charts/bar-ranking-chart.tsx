import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { niceTicks } from '@/domain/series/axis';
import type { ValueFormatter } from './types';

export interface RankingBar {
  key: string;
  /** Short name for the axis ("TP.HCM", "Cần Thơ"): long names do not wrap in SVG. */
  label: string;
  value: number;
  highlight?: boolean;
  /** Colour of a bar that is not highlighted (e.g. its quartile band); `color` otherwise. */
  fill?: string;
}

export interface BarReference {
  value: number;
  label: string;
  color: string;
}

export interface BarRankingChartProps {
  data: readonly RankingBar[];
  /** Value written at the end of each bar. */
  valueFormatter: ValueFormatter;
  tickFormatter: ValueFormatter;
  domain: [number, number];
  /** Unit of the value axis, drawn under it. */
  xLabel: string;
  reference?: BarReference;
  color: string;
  highlightColor: string;
  /** Fixed width for tests and print; responsive when omitted. */
  width?: number;
  rowHeight?: number;
  categoryWidth?: number;
}

const MARGIN = { top: 28, right: 56, bottom: 22, left: 4 };
const X_AXIS_HEIGHT = 30;

interface TickProps {
  x?: number;
  y?: number;
  payload?: { value?: unknown };
}

/**
 * Horizontal bars sorted from the highest value down, one per unit, the highlighted unit in its own
 * colour and bold; an optional reference (the national mean) as a labelled vertical line.
 */
export function BarRankingChart({ data, valueFormatter, tickFormatter, domain, xLabel, reference, color, highlightColor, width, rowHeight = 18, categoryWidth = 92 }: BarRankingChartProps) {
  const sorted = [...data].sort((a, b) => b.value - a.value).map((d) => ({ ...d, display: valueFormatter(d.value) }));
  const byKey = new Map(sorted.map((d) => [d.key, d]));
  const height = sorted.length * rowHeight + MARGIN.top + MARGIN.bottom + X_AXIS_HEIGHT;
  const tick = (props: TickProps) => {
    const datum = byKey.get(String(props.payload?.value));
    return (
      <text x={props.x} y={props.y} dy="0.35em" textAnchor="end" fontSize={12} fontWeight={datum?.highlight ? 700 : 400} fill={datum?.highlight ? highlightColor : '#344054'} className="bar-category">
        {datum?.label ?? ''}
      </text>
    );
  };
  const chart = (
    <BarChart data={sorted} layout="vertical" width={width} height={height} margin={MARGIN} barCategoryGap={3} accessibilityLayer={false}>
      <CartesianGrid stroke="#e4e7ec" horizontal={false} />
      <XAxis
        type="number"
        height={X_AXIS_HEIGHT}
        domain={domain}
        ticks={niceTicks(domain)}
        allowDataOverflow
        tickFormatter={tickFormatter}
        tick={{ fontSize: 12 }}
        label={{ value: xLabel, position: 'insideBottom', offset: -16, style: { fontSize: 12, fill: '#475467' } }}
      />
      <YAxis type="category" dataKey="key" width={categoryWidth} interval={0} tickLine={false} tick={(props: unknown) => tick(props as TickProps)} />
      <Bar dataKey="value" isAnimationActive={false}>
        {sorted.map((d) => (
          <Cell key={d.key} fill={d.highlight ? highlightColor : (d.fill ?? color)} stroke={d.highlight ? '#08427d' : undefined} data-unit={d.key} data-highlight={d.highlight ? 'true' : undefined} />
        ))}
        <LabelList dataKey="display" position="right" fontSize={11} fill="#344054" stroke="#ffffff" strokeWidth={3} paintOrder="stroke" />
      </Bar>
      {reference && (
        <ReferenceLine
          x={reference.value}
          stroke={reference.color}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: reference.label, position: 'top', fontSize: 12, fill: reference.color, fontWeight: 600 }}
        />
      )}
    </BarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}
