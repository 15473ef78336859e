interface EventBadgeProps {
  text: string;
  color: string;
  lane: number;
  /** Set by Recharts: the box of the reference line the badge belongs to. */
  viewBox?: { x?: number; y?: number };
}

/** A small numbered disc at the top of an event line, read with the legend and the notes. */
export function EventBadge({ text, color, lane, viewBox }: EventBadgeProps) {
  const x = viewBox?.x ?? 0;
  const y = (viewBox?.y ?? 0) + 9 + lane * 22;
  return (
    <g className="plan-marker-badge" aria-hidden="true">
      <circle cx={x} cy={y} r={9} fill={color} />
      <text x={x} y={y} dy="0.35em" textAnchor="middle" fill="#ffffff">
        {text}
      </text>
    </g>
  );
}
