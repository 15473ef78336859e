import type { SeriesConfig } from './types';

/** One legend per chart, drawn from the series configuration (never Recharts' own). */
export function ChartLegend({ series }: { series: readonly SeriesConfig[] }) {
  const entries = [...new Map(series.map((s) => [s.legendKey ?? s.key, s])).values()];
  return (
    <ul className="chart-legend">
      {entries.map((s) => (
        <li key={s.legendKey ?? s.key}>
          <svg width="22" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="21" y2="5" stroke={s.color} strokeWidth={s.emphasis ? 4 : 2.5} strokeDasharray={s.dashed ? '5 3' : undefined} />
          </svg>
          <span className={s.emphasis ? 'strong' : undefined}>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
