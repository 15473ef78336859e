import type { LabelProps } from 'recharts';
import type { ChartRow } from './types';

export type LabelPlace = 'above' | 'below';

interface PointLabelProps {
  props: LabelProps & { index?: number };
  rows: readonly ChartRow[];
  text: (value: number, row: ChartRow) => string;
  place: (row: ChartRow) => LabelPlace;
  fontSize: number;
  strong: boolean;
  color: string;
}

/** A value written over (or under) its point: on a slide or on paper nothing depends on hovering. */
export function PointLabel({ props, rows, text, place, fontSize, strong, color }: PointLabelProps) {
  const row = props.index === undefined ? undefined : rows[props.index];
  if (!row || typeof props.value !== 'number') return null;
  const above = place(row) === 'above';
  const gap = Math.round(fontSize * 0.6);
  return (
    <text x={Number(props.x)} y={Number(props.y) + (above ? -gap : gap)} dy={above ? 0 : '0.7em'} textAnchor="middle" fontSize={fontSize} fontWeight={strong ? 700 : 400} fill={color} className="line-value">
      {text(props.value, row)}
    </text>
  );
}

/** The line's name right of its last point, where the eye ends (instead of a trip to the legend). */
export function EndLabel({ props, at, name, color, fontSize, strong }: { props: LabelProps & { index?: number }; at: number; name: string; color: string; fontSize: number; strong: boolean }) {
  if (props.index !== at || typeof props.value !== 'number') return null;
  return (
    <text x={Number(props.x) + 8} y={Number(props.y)} dy="0.35em" fontSize={fontSize} fontWeight={strong ? 700 : 600} fill={color} stroke="#ffffff" strokeWidth={3} paintOrder="stroke" className="line-end-label">
      {name}
    </text>
  );
}
