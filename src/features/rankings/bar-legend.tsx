export interface BarLegendEntry {
  label: string;
  color: string;
  /** A dashed line (a reference) rather than a filled square (a bar). */
  line?: boolean;
  strong?: boolean;
}

/** Legend of the bar chart: squares for bars, a dashed line for the mean. */
export function BarLegend({ entries }: { entries: readonly BarLegendEntry[] }) {
  return (
    <ul className="chart-legend bar-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="22" height="12" aria-hidden="true">
            {entry.line ? (
              <line x1="1" y1="6" x2="21" y2="6" stroke={entry.color} strokeWidth={2} strokeDasharray="5 3" />
            ) : (
              <rect x="4" y="0" width="14" height="12" fill={entry.color} />
            )}
          </svg>
          <span className={entry.strong ? 'strong' : undefined}>{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
