import type { Messages } from '@/i18n/vi';
import { formatInteger, formatNumber, formatRank, formatScore, type Lang } from '@/i18n/format';
import type { OverviewCardModel } from './overview-model';

interface PartProps {
  card: OverviewCardModel;
  t: Messages;
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

export function ChangeLine({ card, t, lang }: PartProps) {
  const { change, previous, latestYear } = card;
  if (!change) return <p className="change muted">{t.noPreviousYear(latestYear - 1)}</p>;
  const places = change.places;
  const points = change.points;
  return (
    <div className="change">
      <p>
        <span className="label">{t.changeHeading(change.fromYear)}: </span>
        {places !== undefined && (
          <span className={places > 0 ? 'up' : places < 0 ? 'down' : undefined}>
            {places > 0 ? t.placesUp(formatInteger(places, lang)) : places < 0 ? t.placesDown(formatInteger(-places, lang)) : t.placesSame}
          </span>
        )}
        {places !== undefined && ' · '}
        {points !== undefined ? (
          <span className={points > 0 ? 'up' : points < 0 ? 'down' : undefined}>
            {points > 0 ? t.pointsUp(formatNumber(points, lang)) : points < 0 ? t.pointsDown(formatNumber(-points, lang)) : t.pointsSame}
          </span>
        ) : (
          <span className="muted">{t.previousScoreNotPublished(previous?.year ?? change.fromYear)}</span>
        )}
      </p>
      {change.acrossBreak && <p className="note">{t.acrossBreak}</p>}
    </div>
  );
}

export function MeanLine({ card, t, lang }: PartProps) {
  const { mean, score, index } = card;
  if (!mean) return null;
  const diff = score && score.year === mean.year ? score.value - mean.value.value : undefined;
  const gap = diff !== undefined && formatNumber(Math.abs(diff), lang);
  return (
    <p className="mean">
      <span className="label">
        {t.nationalMean} {mean.year}
        {mean.value.kind === 'computed' && mean.value.count !== undefined && ` (${t.computedMean(mean.value.count)})`}:{' '}
      </span>
      <strong>{formatScore(mean.value.value, index.scoreUnit, lang)}</strong>
      {diff !== undefined && gap && <span className={diff >= 0 ? 'up' : 'down'}> · {diff >= 0 ? t.aboveMean(gap) : t.belowMean(gap)}</span>}
    </p>
  );
}
