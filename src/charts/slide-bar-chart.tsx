import { thinTicks } from '@/domain/series/axis';
import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';

export interface SlideBar {
  key: string;
  label: string;
  value: number;
  color: string;
  /** Written at the end of the bar. */
  text: string;
  emphasis?: boolean;
  /** A second figure, written in a column at the right under `noteTitle` (a gap to another mean). */
  note?: string;
}

export interface SlideBarChartProps {
  bars: readonly SlideBar[];
  domain: [number, number];
  width: number;
  height: number;
  /** Width kept for the category names on the left. */
  labelWidth: number;
  /** Text, and the zero line. */
  ink: { text: string; muted: string };
  fontSize: number;
  /** Round ticks written under the bars (a diverging scale); no axis when omitted. */
  ticks?: readonly number[];
  tickFormatter?: (value: number) => string;
  /** The heading of the column of notes; no column when omitted. */
  noteTitle?: string;
}

/** Room for a value written beyond a bar's end. */
const VALUE_ROOM = 190;

/** Horizontal bars with their values written beside them (slides: nothing depends on hovering); a zero line when bars go both ways. */
export function SlideBarChart({ bars, domain, width, height, labelWidth, ink, fontSize, ticks, tickFormatter, noteTitle }: SlideBarChartProps) {
  const diverging = domain[0] < 0;
  // Falls have their values written left of the bar: room for them between the names and the bars.
  const fallRoom = diverging ? VALUE_ROOM : 0;
  const axisHeight = ticks ? fontSize * 2 : 0;
  // The column of notes: its heading above the first bar, its figures right-aligned at the chart's right edge.
  const noteRoom = noteTitle ? fontSize * 5 : 0;
  const top = noteTitle ? 8 + fontSize * 1.5 : 8;
  const rowHeight = (height - top - 8 - axisHeight) / Math.max(bars.length, 1);
  // Tick labels ("+1,50") need about four times their font size each: fewer ticks where the bars have little room.
  const plotWidth = width - 16 - labelWidth - fallRoom - VALUE_ROOM - noteRoom;
  const shown = ticks && thinTicks(ticks, Math.max(3, Math.floor(plotWidth / (fontSize * 0.8 * 4))));
  return (
    <BarChart data={[...bars]} layout="vertical" width={width} height={height} margin={{ top, right: VALUE_ROOM + noteRoom, bottom: 8, left: 8 }}>
      {noteTitle && (
        <text x={width - 8} y={fontSize} textAnchor="end" fontSize={fontSize * 0.8} fill={ink.text}>
          {noteTitle}
        </text>
      )}
      <XAxis type="number" domain={domain} hide={!shown} ticks={shown} interval={0} tickFormatter={tickFormatter} tick={{ fontSize: fontSize * 0.8, fill: ink.text }} stroke={ink.muted} height={axisHeight} />
      <YAxis
        type="category"
        dataKey="label"
        width={labelWidth + fallRoom}
        interval={0}
        tickLine={false}
        axisLine={false}
        tick={(props: YAxisTickContentProps) => {
          const bar = bars[props.index];
          return (
            <text x={Number(props.x) - 8 - fallRoom} y={Number(props.y)} dy="0.35em" textAnchor="end" fontSize={fontSize} fontWeight={bar?.emphasis ? 700 : 400} fill={ink.text}>
              {bar?.label}
            </text>
          );
        }}
      />
      {diverging && <ReferenceLine x={0} stroke={ink.muted} strokeWidth={2} />}
      <Bar dataKey="value" isAnimationActive={false} barSize={Math.max(10, Math.round(rowHeight * 0.62))}>
        {bars.map((bar) => (
          <Cell key={bar.key} fill={bar.color} />
        ))}
        <LabelList
          dataKey="text"
          position="right"
          offset={10}
          content={(props: { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown; index?: number }) => {
            const bar = props.index === undefined ? undefined : bars[props.index];
            const left = Number(props.x ?? 0);
            const right = left + Number(props.width ?? 0);
            // Written beyond the bar's end: right of a rise, left of a fall (its width is negative), never across zero.
            const fall = (bar?.value ?? 0) < 0;
            const x = fall ? Math.min(left, right) - 10 : Math.max(left, right) + 10;
            const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
            return (
              <>
                <text x={x} y={y} dy="0.35em" textAnchor={fall ? 'end' : 'start'} fontSize={fontSize} fontWeight={bar?.emphasis ? 700 : 400} fill={ink.text}>
                  {String(props.value ?? '')}
                </text>
                {bar?.note !== undefined && (
                  <text x={width - 8} y={y} dy="0.35em" textAnchor="end" fontSize={fontSize} fontWeight={bar.emphasis ? 700 : 400} fill={ink.text}>
                    {bar.note}
                  </text>
                )}
              </>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
}
