import { lineOf } from './line-emphasis';
import { diamondPoints } from './point-dot';
import type { LegendExtra, SeriesConfig } from './types';

interface ChartLegendProps {
  series: readonly SeriesConfig[];
  markerLabel?: string;
  extras?: readonly LegendExtra[];
  /** The colour the line is drawn in now (grey while muted). */
  colorOf?: (s: SeriesConfig) => string;
  /** Pointing at an entry (or focusing it) brings its line forward. */
  onHover?: (line: string | undefined) => void;
  /** Lines chosen by clicking their entries: shown in their own colours until clicked again. */
  chosen?: readonly string[];
  onChoose?: (line: string) => void;
}

function LegendLine({ s, color }: { s: SeriesConfig; color: string }) {
  if (s.unjoined) {
    return (
      <svg width="22" height="10" aria-hidden="true">
        <polygon points={diamondPoints(11, 5, 5)} fill={color} />
      </svg>
    );
  }
  return (
    <svg width="22" height="10" aria-hidden="true">
      <line x1="1" y1="5" x2="21" y2="5" stroke={color} strokeWidth={s.emphasis ? 4 : 2.5} strokeDasharray={s.dashed ? '5 3' : undefined} />
    </svg>
  );
}

/** One legend per chart, drawn from the series configuration (never Recharts' own). */
export function ChartLegend({ series, markerLabel, extras = [], colorOf = (s) => s.color, onHover, chosen = [], onChoose }: ChartLegendProps) {
  const entries = [...new Map(series.map((s) => [lineOf(s), s])).values()];
  return (
    <ul className="chart-legend" onMouseLeave={onHover && (() => onHover(undefined))}>
      {entries.map((s) => (
        <li key={lineOf(s)} onMouseEnter={onHover && (() => onHover(lineOf(s)))}>
          {onChoose && s.muted ? (
            <button
              type="button"
              className="legend-choose"
              aria-pressed={chosen.includes(lineOf(s))}
              onClick={() => onChoose(lineOf(s))}
              onFocus={onHover && (() => onHover(lineOf(s)))}
              onBlur={onHover && (() => onHover(undefined))}
            >
              <LegendLine s={s} color={colorOf(s)} />
              <span>{s.label}</span>
            </button>
          ) : (
            <>
              <LegendLine s={s} color={colorOf(s)} />
              <span className={s.emphasis ? 'strong' : undefined}>{s.label}</span>
            </>
          )}
        </li>
      ))}
      {markerLabel && (
        <li>
          <svg width="10" height="16" aria-hidden="true">
            <line x1="5" y1="0" x2="5" y2="16" stroke="#98a2b3" strokeWidth="1.5" strokeDasharray="3 3" />
          </svg>
          <span>{markerLabel}</span>
        </li>
      )}
      {extras.map((extra) => (
        <li key={extra.label}>
          <svg width="18" height="16" aria-hidden="true">
            {extra.kind === 'band' ? (
              <rect x="1" y="2" width="16" height="12" fill={extra.color} fillOpacity={0.18} stroke={extra.color} strokeDasharray="3 3" />
            ) : (
              <>
                <line x1="9" y1="0" x2="9" y2="16" stroke={extra.color} strokeWidth="1.5" />
                <circle cx="9" cy="5" r="4.5" fill={extra.color} />
              </>
            )}
          </svg>
          <span>{extra.label}</span>
        </li>
      ))}
    </ul>
  );
}
