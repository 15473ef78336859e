import { usePlotArea, useXAxisScale } from 'recharts';
import { assignLanes } from './label-lanes';
import type { XEvent } from './types';

const LANE = 20;

/** Where each event's badge goes: centred on its date at the top of the plot, in rows so that close dates do not overlap. */
export function badgeBoxes(events: readonly XEvent[], xScale: (value: unknown) => number | undefined, top: number, fontSize: number) {
  const placed = events.flatMap((event) => {
    const x = xScale(event.x);
    return x === undefined ? [] : [{ event, x, width: event.badge.length * fontSize * 0.6 + 10 }];
  });
  const lanes = assignLanes(placed, 6);
  return placed.map(({ event, x, width }, i) => ({ event, x, box: { x: x - width / 2, y: top + 4 + (lanes[i] ?? 0) * LANE, width, height: LANE - 4 } }));
}

/** Each event's label (a plan's number) written at the top of its line. */
export function EventLabels({ events, fontSize }: { events: readonly XEvent[]; fontSize: number }) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!xScale || !plot) return null;
  return (
    <g className="plan-marker-labels">
      {badgeBoxes(events, xScale, plot.y, fontSize).map(({ event, x, box }) => (
        <g key={`${event.x}-${event.badge}`} className="plan-marker-badge">
          <rect x={box.x} y={box.y} width={box.width} height={box.height} rx={3} fill="#ffffff" stroke={event.color} />
          <text x={x} y={box.y + box.height / 2} dy="0.35em" textAnchor="middle" fontSize={fontSize - 1} fill={event.color}>
            {event.badge}
          </text>
        </g>
      ))}
    </g>
  );
}
