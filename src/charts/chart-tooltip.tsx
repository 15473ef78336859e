import { tooltipOrder } from './line-emphasis';
import type { ChartRow, PointFormatter, SeriesConfig } from './types';

interface TooltipPayloadItem {
  payload?: ChartRow;
}

interface ChartTooltipProps {
  series: readonly SeriesConfig[];
  formatPoint: PointFormatter;
  xKey: string;
  /** Rank axes: the smallest value is at the top, so it is listed first. */
  reversed: boolean;
  colorOf: (s: SeriesConfig) => string;
  /** Said once under the values. */
  note?: string;
  active?: boolean;
  payload?: readonly TooltipPayloadItem[];
}

/** The one tooltip: every series with a value at this x, sorted as they sit on the chart (by value), formatted by the caller. */
export function ChartTooltip({ series, formatPoint, xKey, reversed, colorOf, note, active, payload }: ChartTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="chart-tooltip">
      <p className="strong">{String(row[xKey])}</p>
      <ul>
        {tooltipOrder(row, series, reversed).map((s) => (
          <li key={s.key} className={s.emphasis ? 'strong' : undefined}>
            <span className="swatch" style={{ background: colorOf(s) }} aria-hidden="true" />
            {s.tooltipLabel ?? s.label}: <strong>{formatPoint(row[s.key] as number, s.key, row)}</strong>
          </li>
        ))}
      </ul>
      {note && <p className="muted chart-tooltip-note">{note}</p>}
    </div>
  );
}
