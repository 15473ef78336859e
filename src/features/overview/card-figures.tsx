import type { CoreMessages } from '@/i18n/vi';
import { formatInteger, formatRank, formatScore, type Lang } from '@/i18n/format';
import type { OverviewCardModel } from './overview-model';
import { rankShare } from '@/domain/city-results';

interface PartProps {
  card: OverviewCardModel;
  t: CoreMessages;
  lang: Lang;
}

export function HeadlineFigures({ card, t, lang }: PartProps) {
  const { score, rank, index, latestYear, scoreMin, scoreMax } = card;
  return (
    <div className="headline">
      <div className="headline-score">
        {score && score.year !== latestYear && <p className="gap-note">{t.scoreNotPublished(latestYear)}</p>}
        {score ? (
          <>
            <p className="big-number" data-testid="score">
              {formatScore(score.value, index.scoreUnit, lang)}
              {index.scoreUnit === 'points' && <span className="big-unit">{t.outOf(formatInteger(scoreMax, lang))}</span>}
            </p>
            <p className="label">
              {score.year === latestYear ? t.score : t.latestPublishedScore(score.year)}
              {index.scoreUnit === 'points' && ` · ${t.scaleOf(formatInteger(scoreMin, lang), formatInteger(scoreMax, lang))}`}
            </p>
          </>
        ) : (
          <p className="gap-note">{t.noScoreYet}</p>
        )}
      </div>
      <div className="headline-rank">
        {rank ? (
          <>
            <p className="big-number" data-testid="rank">
              {formatRank(rank.value.rank, rank.value.rankOf, lang)}
            </p>
            <p className="label">
              {t.rank}
              {rank.year !== latestYear && ` (${rank.year})`}
              {card.merger && ` · ${t.city.share(formatInteger(rankShare(rank.value.rank, rank.value.rankOf), lang))}`}
              {rank.value.kind === 'computed' && (
                <>
                  {' · '}
                  <abbr title={t.computedRankHelp}>{t.computedRank}</abbr>
                </>
              )}
            </p>
          </>
        ) : (
          <p className="gap-note">{t.noRank}</p>
        )}
      </div>
    </div>
  );
}
