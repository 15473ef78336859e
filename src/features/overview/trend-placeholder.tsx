import type { CoreMessages } from '@/i18n/vi';

export const TREND_HEIGHT = 96;

/** Holds the trend's place while older years or the chart code load, so nothing below it moves. */
export function TrendPlaceholder({ t }: { t: CoreMessages }) {
  return (
    <div className="trend" aria-busy="true">
      <p className="trend-caption muted">{t.loading}</p>
      <div className="trend-chart" style={{ height: TREND_HEIGHT }} />
      <p className="trend-table-space" aria-hidden="true">
        &nbsp;
      </p>
    </div>
  );
}
