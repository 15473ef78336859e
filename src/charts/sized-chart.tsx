import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import type { ChartPlace } from './types';

interface SizedChartProps {
  /** Fixed width (tests, slides, print); as wide as its place when omitted. */
  width?: number;
  height: number;
  /** The box it is drawn in, if the view gives one. */
  place?: ChartPlace;
  children: ReactElement;
}

/** A Recharts chart at its fixed width or as wide as its place, in the view's box for it if any. */
export function SizedChart({ width, height, place: Place, children }: SizedChartProps) {
  const sized = width ? (
    children
  ) : (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
  return Place ? <Place height={height}>{sized}</Place> : sized;
}
