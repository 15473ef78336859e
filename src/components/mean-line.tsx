import type { MeanValue } from '@/domain/results';
import type { ScoreUnit } from '@/domain/types';
import { formatNumber, formatScore } from '@/i18n/format';
import { useLang, useCoreMessages } from '@/state/use-i18n';

interface MeanLineProps {
  mean: MeanValue;
  year: number;
  /** The unit's score of the same year, to say how far above or below the mean it is. */
  score?: number;
  unit: ScoreUnit;
}

/** "Trung bình cả nước 2024: 88,37% · cao hơn trung bình 0,76 điểm"; a computed mean is named "Trung bình các tỉnh (tính toán, 61 tỉnh)". */
export function MeanLine({ mean, year, score, unit }: MeanLineProps) {
  const t = useCoreMessages();
  const lang = useLang();
  const diff = score === undefined ? undefined : score - mean.value;
  const gap = diff !== undefined && formatNumber(Math.abs(diff), lang);
  return (
    <p className="mean">
      <span className="label">
        {mean.kind === 'computed' ? t.provincesMean : t.nationalMean} {year}
        {mean.kind === 'computed' && mean.count !== undefined && ` (${t.computedMean(mean.count)})`}:{' '}
      </span>
      <strong>{formatScore(mean.value, unit, lang)}</strong>
      {diff !== undefined && gap && <span className={diff >= 0 ? 'up' : 'down'}> · {diff >= 0 ? t.aboveMean(gap) : t.belowMean(gap)}</span>}
    </p>
  );
}
