import { Bar, BarChart, Cell, LabelList, ReferenceLine, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';

export interface SlideBar {
  key: string;
  label: string;
  value: number;
  color: string;
  /** Written at the end of the bar. */
  text: string;
  emphasis?: boolean;
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
}

/** Room for a value written beyond a bar's end. */
const VALUE_ROOM = 190;

/** Horizontal bars with their values written beside them (slides: nothing depends on hovering); a zero line when bars go both ways. */
export function SlideBarChart({ bars, domain, width, height, labelWidth, ink, fontSize, ticks, tickFormatter }: SlideBarChartProps) {
  const diverging = domain[0] < 0;
  // Falls have their values written left of the bar: room for them between the names and the bars.
  const fallRoom = diverging ? VALUE_ROOM : 0;
  const axisHeight = ticks ? fontSize * 2 : 0;
  const rowHeight = (height - 16 - axisHeight) / Math.max(bars.length, 1);
  return (
    <BarChart data={[...bars]} layout="vertical" width={width} height={height} margin={{ top: 8, right: VALUE_ROOM, bottom: 8, left: 8 }}>
      <XAxis type="number" domain={domain} hide={!ticks} ticks={ticks ? [...ticks] : undefined} interval={0} tickFormatter={tickFormatter} tick={{ fontSize: fontSize * 0.8, fill: ink.text }} stroke={ink.muted} height={axisHeight} />
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
              <text x={x} y={y} dy="0.35em" textAnchor={fall ? 'end' : 'start'} fontSize={fontSize} fontWeight={bar?.emphasis ? 700 : 400} fill={ink.text}>
                {String(props.value ?? '')}
              </text>
            );
          }}
        />
      </Bar>
    </BarChart>
  );
}
