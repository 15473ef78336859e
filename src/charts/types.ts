import type { ComponentType, ReactNode } from 'react';

export type ChartRow = Record<string, number | string | null>;

export interface SeriesConfig {
  key: string;
  label: string;
  /** The name in the tooltip when the label carries a qualifier the tooltip says once ("(tính toán)"). */
  tooltipLabel?: string;
  color: string;
  dashed?: boolean;
  /** Points only, never joined by a line: figures of another measure shown beside a line (a published mean). */
  unjoined?: boolean;
  /** Series drawn as several segments (split at methodology breaks) share one legend entry. */
  legendKey?: string;
  /** The focus unit (Cần Thơ): strong, and named at the end of its line. */
  emphasis?: boolean;
  /** Not chosen: grey and thin until hovered (a peer among many). */
  muted?: boolean;
}

export type ValueFormatter = (value: number) => string;

/** Formats a point for tooltips and tables: may read other fields of the row (a rank's denominator). */
export type PointFormatter = (value: number, seriesKey: string, row: ChartRow) => string;

/** A vertical dashed line just before x, e.g. where a methodology changes; explained by the legend. */
export interface XMarker {
  x: number;
}

/** A dated event on the x axis (a plan adopted), drawn as a thin line with its label at the top. */
export interface XEvent {
  x: number;
  badge: string;
  color: string;
}

/** A legend entry for an event line or a shaded band. */
export interface LegendExtra {
  label: string;
  color: string;
  kind: 'event' | 'band';
}

/** A shaded zone, e.g. a target (rank 1–15 in the target year); explained by the legend and notes. */
export interface YBand {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  color: string;
  label?: string;
}

/**
 * The box a chart is drawn in, given by the view: its children are the chart at `height`. A chart far below its view's
 * numbers is given one that draws it once scrolled near (NearScreen).
 */
export type ChartPlace = ComponentType<{ height: number; children: ReactNode }>;
