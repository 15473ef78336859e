import { useState } from 'react';
import { isDerived, type SeriesRow } from '@/domain/series/split-series';
import { ChartTooltip } from './chart-tooltip';
import { pointLook } from './point-dot';
import { SPARK_LINE_STYLE } from './line-style';
import { nearestIndex, sparkGeometry } from './spark-geometry';
import type { PointFormatter, SeriesConfig } from './types';

export interface SparkLineProps {
  rows: readonly SeriesRow[];
  /** One per comparable segment, all of one unit and one colour. */
  series: readonly SeriesConfig[];
  valueFormatter: PointFormatter;
  domain: [number, number];
  width: number;
  height: number;
}

/**
 * The overview card's sparkline, drawn as plain SVG: the first screen then needs no chart library (Recharts' chunk and
 * its first render were each a long task of a phone's first load). The same marks as the line chart with the spark
 * style: a line per run of years within a segment, never bridged, a dot on each point (hollow where derived), year
 * labels, and the tooltip of every chart when the pointer is over it. Not focusable: its table is the way in.
 */
export function SparkLine({ rows, series, valueFormatter, domain, width, height }: SparkLineProps) {
  const [active, setActive] = useState<number>();
  const style = SPARK_LINE_STYLE;
  const shape = sparkGeometry(rows, series.map((s) => s.key), domain, { width, height, margin: style.margin, fontSize: style.fontSize, xTicks: style.xTicks });
  const color = series[0]?.color ?? style.text;
  const activeRow = active === undefined ? undefined : rows[active];
  const activeX = active === undefined ? 0 : (shape.xs[active] ?? 0);
  return (
    <div className="spark-line" style={{ height }} onPointerLeave={() => setActive(undefined)} onPointerMove={(event) => setActive(nearestIndex(shape.xs, event.clientX - event.currentTarget.getBoundingClientRect().left))}>
      <svg width={width} height={height} className="spark-line-surface">
        {activeRow && <line x1={activeX} x2={activeX} y1={shape.plot.top} y2={shape.plot.bottom} stroke="#ccc" />}
        {shape.lines.map((path) => (
          <path key={path} d={path} fill="none" stroke={color} strokeWidth={style.lineWidth} strokeLinejoin="round" className="spark-line-path" />
        ))}
        {shape.points.map(({ x, y, key, row }) => {
          const look = pointLook(color, style.lineWidth + style.dotExtra, isDerived(row, key));
          return <circle key={`${key}-${row.year}`} cx={x} cy={y} {...look} r={row === activeRow ? style.lineWidth + 3 : look.r} />;
        })}
        {shape.ticks.map(({ x, year }) => (
          <text key={year} x={x} y={shape.plot.bottom + 8} dy="0.71em" textAnchor="middle" fontSize={style.fontSize} fill={style.text}>
            {year}
          </text>
        ))}
      </svg>
      {activeRow && (
        <div className="spark-line-tooltip" style={activeX > width / 2 ? { right: width - activeX + 10 } : { left: activeX + 10 }}>
          <ChartTooltip series={series} formatPoint={valueFormatter} xKey="year" reversed={false} colorOf={(s) => s.color} active payload={[{ payload: activeRow }]} />
        </div>
      )}
    </div>
  );
}
