export interface BarLegendEntry {
  label: string;
  color: string;
  /** A dashed line (a reference) rather than a dot (a unit). */
  line?: boolean;
  strong?: boolean;
}

/** Legend of the ranking's dot plot: dots for units, a dashed line for the mean. */
export function BarLegend({ entries }: { entries: readonly BarLegendEntry[] }) {
  return (
    <ul className="chart-legend bar-legend">
      {entries.map((entry) => (
        <li key={entry.label}>
          <svg width="22" height="12" aria-hidden="true">
            {entry.line ? (
              <line x1="1" y1="6" x2="21" y2="6" stroke={entry.color} strokeWidth={2} strokeDasharray="5 3" />
            ) : (
              <circle cx="11" cy="6" r="5" fill={entry.color} stroke="#475467" strokeWidth={0.75} />
            )}
          </svg>
          <span className={entry.strong ? 'strong' : undefined}>{entry.label}</span>
        </li>
      ))}
    </ul>
  );
}
