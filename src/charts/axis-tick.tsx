import type { ReactNode } from 'react';
import type { XAxisTickContentProps, YAxisTickContentProps } from 'recharts';

/** The offset Recharts' Text gives a one-line label for each vertical anchor (its cap height, 0.71em). */
const ONE_LINE_DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * An axis tick's label as one plain SVG text, for `tick` of an XAxis or YAxis. Recharts' own Text measures each word
 * of a label in a hidden span to wrap it within the axis' width, a forced layout each, for years and scores that never
 * wrap. With the y axis keeping the ticks given (line-chart.tsx), the render of a cold trends chart forced 82 -> 43
 * layouts (a trace); those left are Recharts thinning the years on a narrow chart.
 */
export function axisTickText(props: XAxisTickContentProps | YAxisTickContentProps, style: { fontSize: number; fill: string }): ReactNode {
  const { x, y, payload, index, tickFormatter, textAnchor, verticalAnchor, className } = props;
  return (
    <text x={x} y={y} dy={ONE_LINE_DY[verticalAnchor]} textAnchor={textAnchor} fontSize={style.fontSize} fill={style.fill} className={className}>
      {tickFormatter ? tickFormatter(payload.value, index) : String(payload.value)}
    </text>
  );
}
