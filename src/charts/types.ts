export type ChartRow = Record<string, number | string | null>;

export interface SeriesConfig {
  key: string;
  label: string;
  color: string;
  dashed?: boolean;
  /** Series drawn as several segments (split at methodology breaks) share one legend entry. */
  legendKey?: string;
  emphasis?: boolean;
}

export type ValueFormatter = (value: number) => string;

/** Formats a point for tooltips and tables: may read other fields of the row (a rank's denominator). */
export type PointFormatter = (value: number, seriesKey: string, row: ChartRow) => string;

/** A vertical dashed line just before x, e.g. where a methodology changes; explained by the legend. */
export interface XMarker {
  x: number;
}
