import type { ChartRow } from '@/charts/types';
import { formatNumber, formatRank, formatScore, type Lang } from '@/i18n/format';
import type { ScoreUnit } from '@/domain/types';
import type { Measure } from '@/state/view-state';
import { denominatorKey, extraKey } from '@/domain/series/split-series';
import { UNIT_NAME, type TrendSeries } from './trends-model';

/** How a point reads in the table, "59/61 (tính toán)", "40,44", "45,10 (Quảng Ninh)", and without `computedLabel` in the tooltip (which says it once). */
export function pointFormatter(series: readonly TrendSeries[], measure: Measure, scoreUnit: ScoreUnit, lang: Lang, computedLabel?: string) {
  const byKey = new Map(series.map((s) => [s.key, s]));
  return (value: number, key: string, row: ChartRow): string => {
    const config = byKey.get(key);
    const denominator = row[denominatorKey(key)];
    const text = measure === 'rank' && typeof denominator === 'number' ? formatRank(value, denominator, lang) : formatScore(value, scoreUnit, lang);
    const unitName = row[extraKey(key, UNIT_NAME)];
    const extras = [typeof unitName === 'string' ? unitName : undefined, config?.computed && computedLabel ? computedLabel : undefined].filter(Boolean);
    return extras.length > 0 ? `${text} (${extras.join(', ')})` : text;
  };
}

export function tickFormatter(measure: Measure, domain: [number, number], lang: Lang) {
  const digits = measure === 'score' && domain[1] - domain[0] < 5 ? 1 : 0;
  return (value: number) => formatNumber(value, lang, digits);
}
