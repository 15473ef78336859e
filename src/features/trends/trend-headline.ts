import { denominatorKey } from '@/domain/series/split-series';
import type { TrendsModel } from './trends-model';

export interface TrendHeadline {
  label: string;
  year: number;
  value: number;
  /** A rank's denominator. */
  of?: number;
}

/** The focus's last value on the chart (the city in its latest form; else the first unit's): what an image of the chart says in its title. */
export function trendHeadline(model: Pick<TrendsModel, 'rows' | 'series'>): TrendHeadline | undefined {
  const units = model.series.filter((s) => s.unit !== undefined);
  const focus = units.filter((s) => s.emphasis);
  const keys = focus.length > 0 ? focus : units.filter((s) => s.unit === units[0]?.unit);
  for (const row of [...model.rows].reverse()) {
    for (const s of keys) {
      const value = row[s.key];
      const of = row[denominatorKey(s.key)];
      if (typeof value === 'number') return { label: s.label, year: Number(row.year), value, of: typeof of === 'number' ? of : undefined };
    }
  }
  return undefined;
}
