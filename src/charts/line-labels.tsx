import type { LabelProps } from 'recharts';

export type LabelPlace = 'above' | 'below';

/** The line's name right of its last point, where the eye ends (instead of a trip to the legend). */
export function EndLabel({ props, at, name, color, fontSize, strong }: { props: LabelProps & { index?: number }; at: number; name: string; color: string; fontSize: number; strong: boolean }) {
  if (props.index !== at || typeof props.value !== 'number') return null;
  return (
    <text x={Number(props.x) + 8} y={Number(props.y)} dy="0.35em" fontSize={fontSize} fontWeight={strong ? 700 : 600} fill={color} stroke="#ffffff" strokeWidth={3} paintOrder="stroke" className="line-end-label">
      {name}
    </text>
  );
}
