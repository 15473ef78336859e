import { useState } from 'react';
import { CartesianGrid, Line, LineChart as RechartsLineChart, ReferenceArea, ReferenceLine, Tooltip, XAxis, YAxis, type XAxisTickContentProps, type YAxisTickContentProps } from 'recharts';
import { axisTickText } from './axis-tick';
import { SizedChart } from './sized-chart';
import { yearTicks } from '@/domain/series/axis';
import { ChartLegend } from './chart-legend';
import { ChartTooltip } from './chart-tooltip';
import { STRIP_LANE, StripLabels } from './event-badge';
import { drawingOrder, lineEnds, lineLook, lineOf, toggleChosen, type Picked } from './line-emphasis';
import { endLabelRoom, endLabelsOf, endTexts } from './end-label-texts';
import { EndLabels, type LabelPlace } from './line-labels';
import { PALETTE_SIZE } from './palette';
import { PointLabels } from './point-labels';
import { diamondDot, pointDot } from './point-dot';
import { SCREEN_LINE_STYLE, type LineStyle } from './line-style';
import type { ChartPlace, ChartRow, LegendExtra, PointFormatter, SeriesConfig, ValueFormatter, XEvent, XMarker, YBand } from './types';

export interface LineChartProps {
  data: readonly ChartRow[];
  xKey?: string;
  series: readonly SeriesConfig[];
  /** How a value reads in the tooltip and on its point; may read other columns of the row (a rank's denominator). */
  valueFormatter: PointFormatter;
  tickFormatter?: ValueFormatter;
  yDomain: [number, number];
  /** Rank axes put 1 at the top. */
  yReversed?: boolean;
  yLabel?: string;
  /** Explicit y ticks (round numbers); Recharts chooses when omitted. */
  yTicks?: readonly number[];
  /** Where a new comparable period starts: a dashed line just before, explained by the legend. */
  xMarkers?: readonly XMarker[];
  events?: readonly XEvent[];
  bands?: readonly YBand[];
  /** Draws the legend above the chart (hovering an entry brings its line forward). */
  legend?: { markerLabel?: string; extras?: readonly LegendExtra[] };
  /** Writes every value on its point, above or below: where nothing may depend on hovering (slides, paper). */
  labelPlace?: (row: ChartRow, series: SeriesConfig) => LabelPlace;
  /** Names the focus unit (and lines chosen or pointed at) at its line's end. */
  endLabels?: boolean;
  /** Writes the last value after the name, through `valueFormatter` (a rank with its denominator: "Cần Thơ 22/63"). */
  endLabelValues?: boolean;
  tooltip?: boolean;
  /** Said once under the tooltip's values (that means and ranks are computed), rather than on every row. */
  tooltipNote?: string;
  /** Keyboard access to the points; off where a table next to the chart is the way in. */
  keyboard?: boolean;
  lineStyle?: LineStyle;
  height: number;
  /** Fixed width for tests, slides and print; responsive when omitted. */
  width?: number;
  /** The box the plot is drawn in (its legend outside it), if the view gives one. */
  place?: ChartPlace;
}

/**
 * The views' line chart: values over years, nulls as gaps (never bridged), one series per comparable segment.
 * Presentational: props in, SVG out; the only state is which line the pointer is on. The overview card's sparkline,
 * one unit with no axis or legend, is drawn without Recharts (spark-line.tsx).
 */
export function LineChart(props: LineChartProps) {
  const { data, xKey = 'year', series, valueFormatter, tickFormatter, yDomain, yReversed = false, yLabel, yTicks, xMarkers = [], events = [], bands = [] } = props;
  const { legend, labelPlace, endLabels = true, endLabelValues = false, tooltip = true, tooltipNote, keyboard = true, lineStyle: style = SCREEN_LINE_STYLE, height, width, place } = props;
  const [hovered, setHovered] = useState<string>();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  // Rows of plan numbers and target names above the plot, counted once the x scale is known.
  const [stripLanes, setStripLanes] = useState(0);
  const strip = events.length > 0 || bands.some((band) => band.label);
  const picked: Picked = { hovered, chosen };
  const look = (s: SeriesConfig) => lineLook(s, picked, style.muted, { normal: style.lineWidth, strong: style.strongWidth });
  const texts = endTexts(data, series, lineEnds(data, series), endLabelValues ? valueFormatter : undefined);
  const labelled = endLabels && series.some((s) => s.emphasis || s.muted);
  const margin = {
    ...style.margin,
    top: style.margin.top + (strip ? stripLanes * STRIP_LANE : 0),
    right: labelled ? Math.max(style.margin.right, endLabelRoom(series, texts, style.fontSize)) : style.margin.right,
  };
  const tickStyle = { fontSize: style.fontSize, fill: style.text };
  const tick = (tickProps: XAxisTickContentProps | YAxisTickContentProps) => axisTickText(tickProps, tickStyle);
  const frame = style.grid !== undefined;
  const years = data.map((row) => Number(row[xKey]));
  const chart = (
    <RechartsLineChart data={[...data]} width={width} height={height} margin={margin} accessibilityLayer={keyboard} onMouseLeave={() => setHovered(undefined)}>
      {frame && <CartesianGrid stroke={style.grid} vertical={false} />}
      <XAxis
        dataKey={xKey}
        type="number"
        domain={['dataMin', 'dataMax']}
        padding={{ left: style.xPadding, right: style.xPadding }}
        allowDecimals={false}
        ticks={style.everyYear ? years : yearTicks(years, style.xTicks)}
        // On a narrow screen, every n-th of those years, so that no two overlap.
        interval={style.everyYear ? 0 : 'equidistantPreserveStart'}
        tick={tick}
        stroke={style.axis}
        axisLine={frame}
        tickLine={frame}
      />
      <YAxis
        hide={style.yAxisWidth === 0}
        domain={yDomain}
        reversed={yReversed}
        ticks={yTicks ? [...yTicks] : undefined}
        // Every tick given, as chosen: Recharts' default keeps those that do not overlap by measuring each in the DOM.
        interval={yTicks ? 0 : 'preserveEnd'}
        allowDecimals={false}
        tickFormatter={tickFormatter}
        width={style.yAxisWidth}
        tick={tick}
        stroke={style.axis}
        label={yLabel ? { value: yLabel, angle: -90, position: 'insideLeft', style: { fontSize: style.fontSize, fill: style.text, textAnchor: 'middle' } } : undefined}
      />
      {xMarkers.map((marker) => (
        <ReferenceLine key={marker.x} x={marker.x - 0.5} stroke={style.axis} strokeWidth={1.5} strokeDasharray={style.breakDash} />
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
          ifOverflow="extendDomain"
          stroke={band.color}
          strokeDasharray="3 3"
        />
      ))}
      {events.map((event) => (
        <ReferenceLine key={`${event.x}-${event.badge}`} x={event.x} stroke={event.color} strokeOpacity={0.6} strokeWidth={1.25} />
      ))}
      {tooltip && <Tooltip content={<ChartTooltip series={series} formatPoint={valueFormatter} xKey={xKey} reversed={yReversed} colorOf={(s) => look(s).color} note={tooltipNote} />} isAnimationActive={false} />}
      {drawingOrder(series, picked).map((s) => {
        const { color, width: lineWidth } = look(s);
        return (
          <Line
            key={s.key}
            dataKey={s.key}
            name={s.label}
            stroke={s.unjoined ? 'none' : color}
            strokeWidth={lineWidth}
            strokeDasharray={s.dashed ? style.dash : undefined}
            dot={s.unjoined ? diamondDot(s.key, color, lineWidth + style.dotExtra + 2.5) : pointDot(data, s.key, color, s.muted && color === style.muted ? 2 : lineWidth + style.dotExtra)}
            activeDot={tooltip ? { r: lineWidth + 3 } : false}
            connectNulls={false}
            isAnimationActive={false}
            onMouseEnter={() => setHovered(lineOf(s))}
            className={s.emphasis ? 'line-focus' : s.muted ? 'line-muted' : undefined}
          />
        );
      })}
      {strip && <StripLabels events={events} bands={bands} fontSize={style.fontSize} onLanes={setStripLanes} />}
      {endLabels && <EndLabels labels={endLabelsOf(xKey, series, texts, look)} fontSize={style.fontSize} rows={data} xKey={xKey} series={series} />}
      {labelPlace && (
        <PointLabels
          rows={data}
          xKey={xKey}
          series={series}
          text={(value, s, row) => valueFormatter(value, s.key, row)}
          prefer={labelPlace}
          fontSize={style.fontSize}
          strongFontSize={style.strongFontSize}
          colorOf={(s) => look(s).color}
          ink={style.text}
          breakXs={xMarkers.map((marker) => marker.x - 0.5)}
        />
      )}
    </RechartsLineChart>
  );
  return (
    <>
      {legend && <ChartLegend series={series} markerLabel={legend.markerLabel} extras={legend.extras} colorOf={(s) => look(s).color} onHover={setHovered} chosen={chosen} onChoose={(line) => setChosen((now) => toggleChosen(now, line, PALETTE_SIZE))} />}
      <SizedChart width={width} height={height} place={place}>
        {chart}
      </SizedChart>
    </>
  );
}
