import { Bar, BarChart, CartesianGrid, DefaultZIndexes, ReferenceLine, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { SizedChart } from './sized-chart';
import type { Axis } from '@/domain/series/axis';
import { textWidth } from './label-placement';
import type { ValueFormatter } from './types';

export interface RankingDot {
  key: string;
  /** Short name for the axis ("TP.HCM", "Cần Thơ"): long names do not wrap in SVG. */
  label: string;
  /** No value: a row that stands for units left out ("… 41 tỉnh"), drawn without a dot. */
  value?: number;
  color: string;
  /** The focus unit: a larger dot, its name and value bold. */
  emphasis?: boolean;
  /** Written right of the dot (left when the mean's line would cross it). */
  text?: string;
}

export interface DotReference {
  value: number;
  label: string;
  color: string;
}

export interface RankingDotChartProps {
  /** Rows top to bottom (best first), as given. */
  data: readonly RankingDot[];
  /** Round ends and ticks around the values (dotAxis): a dot's place, not a bar's length, carries the value. */
  axis: Axis;
  tickFormatter: ValueFormatter;
  /** Unit of the value axis, written under it. */
  xLabel?: string;
  reference?: DotReference;
  ink?: { text: string; muted: string; grid: string };
  fontSize?: number;
  /** Room for the names left of the plot. */
  categoryWidth: number;
  /** Fixed width for tests, images and slides; responsive when omitted. */
  width?: number;
  /** Height of a row, or (slides) the whole height shared among the rows. */
  rowHeight?: number;
  height?: number;
}

const INK = { text: '#344054', muted: '#667085', grid: '#e4e7ec' };
/** A value written over the mean's line keeps a white edge (only where that line is drawn: on paper and screen). */
const HALO = { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke' } as const;

/**
 * Which side of its dot a value is written: right, unless the mean's line runs through the text there
 * (a unit just below the mean); then left, where only its own row's guide is.
 */
export function valueSide(dotX: number, gap: number, width: number, lineX: number | undefined): 'right' | 'left' {
  // A few pixels beyond the estimated width: the estimate runs a little short for digits.
  return lineX !== undefined && lineX > dotX && lineX < dotX + gap + width + 4 ? 'left' : 'right';
}

interface TickProps {
  x?: number;
  y?: number;
  index?: number;
}

/**
 * A ranking as a dot plot (a Cleveland dot plot, as the FT and Datawrapper draw ranges far from zero): one row
 * per unit, a thin guide line across the row, a dot at the unit's value on a labelled axis that need not start
 * at zero, the value written beside it; the focus unit larger and bold; an optional reference (the national
 * mean) as a labelled vertical line. No bars: a bar's length would claim a zero the axis does not show.
 */
export function RankingDotChart(props: RankingDotChartProps) {
  const { data, axis, tickFormatter, xLabel, reference, ink = INK, fontSize = 12, categoryWidth, width } = props;
  const radius = fontSize * 0.42;
  const longestText = Math.max(0, ...data.map((d) => (d.text ?? '').length));
  const margin = { top: reference ? fontSize * 2.4 : fontSize, right: Math.ceil(longestText * fontSize * 0.62 + radius * 2 + 12), bottom: xLabel ? fontSize * 2 : 4, left: 4 };
  const axisHeight = fontSize * 2;
  const rows = Math.max(data.length, 1);
  const rowHeight = props.height ? (props.height - margin.top - margin.bottom - axisHeight) / rows : (props.rowHeight ?? fontSize * 1.5);
  const height = props.height ?? Math.ceil(rows * rowHeight + margin.top + margin.bottom + axisHeight);
  const chartData = data.map((d) => ({ key: d.key, value: d.value ?? null }));
  const byKey = new Map(data.map((d) => [d.key, d]));
  // Recharts numbers only the rows it draws: rows without a value shift that index, so rows are found by key.
  const rowOf = (props: BarShapeProps): RankingDot | undefined => byKey.get(String((props.payload as { key?: unknown } | undefined)?.key));
  const tick = ({ x, y, index = -1 }: TickProps) => {
    const row = data[index];
    const gap = row?.value === undefined;
    return (
      <text x={x} y={y} dy="0.35em" textAnchor="end" fontSize={fontSize} fontWeight={row?.emphasis ? 700 : 400} fontStyle={gap ? 'italic' : undefined} fill={gap ? ink.muted : row?.emphasis ? row.color : ink.text} className="dot-category">
        {row?.label ?? ''}
      </text>
    );
  };
  const guide = (props: BarShapeProps) => {
    const { x, y, width: w, height: h } = props;
    return rowOf(props)?.value === undefined ? <g /> : <line x1={x} x2={x + w} y1={y + h / 2} y2={y + h / 2} stroke={ink.grid} strokeWidth={1} className="dot-guide" />;
  };
  const dot = (props: BarShapeProps) => {
    const { x, y, width: w, height: h } = props;
    const row = rowOf(props);
    if (row?.value === undefined) return <g />;
    // The bar Recharts lays out ends at the value: the dot goes there, the bar itself is never drawn.
    const cx = x + w;
    const cy = y + h / 2;
    const r = row.emphasis ? radius * 1.35 : radius;
    const [low] = axis.domain;
    // The bar runs from the axis start to the value: its pixels per unit place the mean's line.
    const lineX = reference && row.value > low ? x + ((reference.value - low) * w) / (row.value - low) : undefined;
    const size = fontSize * 0.92;
    const side = row.text ? valueSide(cx, r + 6, textWidth(row.text, size, Boolean(row.emphasis)), lineX) : 'right';
    return (
      <g className="ranking-dot" data-unit={row.key} data-emphasis={row.emphasis ? 'true' : undefined}>
        <circle cx={cx} cy={cy} r={r} fill={row.color} stroke={row.emphasis ? '#08427d' : '#475467'} strokeWidth={row.emphasis ? 1.5 : 0.75} />
        {row.text && (
          <text x={side === 'right' ? cx + r + 6 : cx - r - 6} y={cy} dy="0.35em" textAnchor={side === 'right' ? 'start' : 'end'} fontSize={size} fontWeight={row.emphasis ? 700 : 400} fill={ink.text} {...(reference && HALO)} className="dot-value">
            {row.text}
          </text>
        )}
      </g>
    );
  };
  const chart = (
    <BarChart data={chartData} layout="vertical" width={width} height={height} margin={margin} barCategoryGap={0} accessibilityLayer={false}>
      <CartesianGrid stroke={ink.grid} horizontal={false} />
      <XAxis
        type="number"
        height={axisHeight}
        domain={axis.domain}
        ticks={axis.ticks}
        interval={0}
        tickFormatter={tickFormatter}
        tick={{ fontSize, fill: ink.text }}
        stroke={ink.muted}
        label={xLabel ? { value: xLabel, position: 'insideBottom', offset: -fontSize * 1.2, style: { fontSize, fill: ink.muted } } : undefined}
      />
      <YAxis type="category" dataKey="key" width={categoryWidth} interval={0} tickLine={false} axisLine={false} tick={(p: unknown) => tick(p as TickProps)} />
      {reference && (
        <ReferenceLine
          x={reference.value}
          stroke={reference.color}
          strokeWidth={2}
          strokeDasharray="6 3"
          label={{ value: reference.label, position: 'top', fontSize, fill: reference.color, fontWeight: 600 }}
        />
      )}
      {/* Dots and their values over the mean's line, so that it never crosses a value. */}
      <Bar dataKey="value" isAnimationActive={false} background={guide} shape={dot} zIndex={DefaultZIndexes.line + 50} />
    </BarChart>
  );
  return (
    <SizedChart width={width} height={height}>
      {chart}
    </SizedChart>
  );
}
