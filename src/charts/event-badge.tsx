import { useLayoutEffect } from 'react';
import { usePlotArea, useXAxisScale } from 'recharts';
import { assignLanes } from './label-lanes';
import type { XEvent, YBand } from './types';

/** Height of one row of the strip above the plot. */
export const STRIP_LANE = 20;

interface StripLabel {
  key: string;
  text: string;
  color: string;
  /** Centre of the label, in pixels. */
  x: number;
  width: number;
  /** A plan's number sits in a box; a target band's name is plain text in the band's colour. */
  boxed: boolean;
}

/**
 * What the strip above the plot says: each event's badge centred on its date, each labelled band's name ending
 * at the band's right edge, in rows (`lane`) so that no two overlap. Above the plot, they never cover a line.
 */
export function stripLabels(events: readonly XEvent[], bands: readonly YBand[], xScale: (value: unknown) => number | undefined, fontSize: number) {
  const labels: StripLabel[] = [
    ...events.flatMap((event) => {
      const x = xScale(event.x);
      return x === undefined ? [] : [{ key: `${event.x}-${event.badge}`, text: event.badge, color: event.color, x, width: event.badge.length * fontSize * 0.6 + 10, boxed: true }];
    }),
    ...bands.flatMap((band) => {
      const right = xScale(band.x2);
      if (!band.label || right === undefined) return [];
      const width = band.label.length * (fontSize - 1) * 0.6;
      return [{ key: `band-${band.x1}-${band.y1}-${band.y2}`, text: band.label, color: band.color, x: right - width / 2, width, boxed: false }];
    }),
  ];
  const lanes = assignLanes(labels, 6);
  return { labels: labels.map((label, i) => ({ ...label, lane: lanes[i] ?? 0 })), lanes: labels.length === 0 ? 0 : Math.max(...lanes) + 1 };
}

interface StripProps {
  events: readonly XEvent[];
  bands: readonly YBand[];
  fontSize: number;
  /** How many rows the strip takes: the chart makes that much room above the plot. */
  onLanes: (lanes: number) => void;
}

/** Plans' numbers and targets' names in a strip above the plot, over their dates. */
export function StripLabels({ events, bands, fontSize, onLanes }: StripProps) {
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  const strip = xScale ? stripLabels(events, bands, xScale, fontSize) : undefined;
  const lanes = strip?.lanes;
  useLayoutEffect(() => {
    if (lanes !== undefined) onLanes(lanes);
  }, [lanes, onLanes]);
  if (!strip || !plot) return null;
  const top = plot.y - strip.lanes * STRIP_LANE;
  return (
    <g className="plan-marker-labels">
      {strip.labels.map((label) => {
        const y = top + label.lane * STRIP_LANE;
        const middle = y + (STRIP_LANE - 4) / 2;
        return label.boxed ? (
          <g key={label.key} className="plan-marker-badge">
            <rect x={label.x - label.width / 2} y={y} width={label.width} height={STRIP_LANE - 4} rx={3} fill="#ffffff" stroke={label.color} />
            <text x={label.x} y={middle} dy="0.35em" textAnchor="middle" fontSize={fontSize - 1} fill={label.color}>
              {label.text}
            </text>
          </g>
        ) : (
          <text key={label.key} x={label.x + label.width / 2} y={middle} dy="0.35em" textAnchor="end" fontSize={fontSize - 1} fill={label.color} className="target-band-label">
            {label.text}
          </text>
        );
      })}
    </g>
  );
}
