import { usePlotArea, useXAxisScale } from 'recharts';
import { assignLanes } from './label-lanes';
import type { XEvent } from './types';

const LANE = 20;

/** Each event's label (a plan's number) written at the top of its line, in rows so that close dates do not overlap. */
export function EventLabels({ events, fontSize }: { events: readonly XEvent[]; fontSize: number }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot) return null;
  const placed = events.flatMap((event) => {
    const x = xScale(event.x);
    return x === undefined ? [] : [{ event, x, width: event.badge.length * fontSize * 0.6 + 10 }];
  });
  const lanes = assignLanes(placed, 6);
  return (
    <g className="plan-marker-labels">
      {placed.map(({ event, x, width }, i) => {
        const y = plot.y + 4 + (lanes[i] ?? 0) * LANE;
        return (
          <g key={`${event.x}-${event.badge}`} className="plan-marker-badge">
            <rect x={x - width / 2} y={y} width={width} height={LANE - 4} rx={3} fill="#ffffff" stroke={event.color} />
            <text x={x} y={y + (LANE - 4) / 2} dy="0.35em" textAnchor="middle" fontSize={fontSize - 1} fill={event.color}>
              {event.badge}
            </text>
          </g>
        );
      })}
    </g>
  );
}
