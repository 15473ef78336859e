import { denominatorKey } from '@/domain/series/split-series';
import { formatInteger, formatRank, type Lang } from '@/i18n/format';
import type { PointFormatter } from './types';

/** A rank as a chart writes it, out of the denominator its row holds beside it ("59/61"); the bare rank where the row has none. */
export const rankPointFormatter =
  (lang: Lang): PointFormatter =>
  (value, key, row) => {
    const of = row[denominatorKey(key)];
    return typeof of === 'number' ? formatRank(value, of, lang) : formatInteger(value, lang);
  };
