import { isDerived } from '@/domain/series/split-series';
import type { ChartRow } from './types';

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/** The corners of a diamond of half-width r around (cx, cy), for an SVG polygon. */
export const diamondPoints = (cx: number, cy: number, r: number) => `${cx},${cy - r} ${cx + r},${cy} ${cx},${cy + r} ${cx - r},${cy}`;

/** The marks of a series drawn as points only (another measure beside a line): diamonds, unlike any line's dots. */
export function diamondDot(key: string, color: string, r: number) {
  return function Diamond({ cx, cy, index }: DotProps) {
    if (cx === undefined || cy === undefined) return <g key={`${key}-${index}`} />;
    return <polygon key={`${key}-${index}`} points={diamondPoints(cx, cy, r)} fill={color} stroke="#ffffff" strokeWidth={1} className="point-unjoined" />;
  };
}

/**
 * A line's points: filled where published, hollow where derived (worked out from other figures, such as a rank
 * from a reported change), so a derived figure never looks like a published one.
 */
export function pointDot(rows: readonly ChartRow[], key: string, color: string, r: number) {
  if (!rows.some((row) => isDerived(row, key))) return { r, fill: color, strokeWidth: 0 };
  return function Dot({ cx, cy, index }: DotProps) {
    if (cx === undefined || cy === undefined) return <g key={`${key}-${index}`} />;
    const row = index === undefined ? undefined : rows[index];
    return <circle key={`${key}-${index}`} cx={cx} cy={cy} {...pointLook(color, r, row !== undefined && isDerived(row, key))} />;
  };
}

/** A point filled in its line's colour, or hollow and a little larger where derived. */
export function pointLook(color: string, r: number, derived: boolean) {
  return derived ? { r: r + 1, fill: '#ffffff', stroke: color, strokeWidth: 2.5, className: 'point-derived' } : { r, fill: color, stroke: color, strokeWidth: 0 };
}
