import type { ChartRow, PointFormatter, SeriesConfig } from './types';

interface TooltipPayloadItem {
  dataKey?: unknown;
  value?: unknown;
  payload?: ChartRow;
}

interface ChartTooltipProps {
  series: readonly SeriesConfig[];
  formatPoint: PointFormatter;
  xKey: string;
  active?: boolean;
  payload?: readonly TooltipPayloadItem[];
}

/** The one tooltip: every series with a value at this x, formatted by the caller. */
export function ChartTooltip({ series, formatPoint, xKey, active, payload }: ChartTooltipProps) {
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  const shown = series.filter((s) => typeof row[s.key] === 'number');
  return (
    <div className="chart-tooltip">
      <p className="strong">{String(row[xKey])}</p>
      <ul>
        {shown.map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
            {s.label}: <strong>{formatPoint(row[s.key] as number, s.key, row)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
