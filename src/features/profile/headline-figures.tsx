import { ChangeLine } from '@/components/change-line';
import { MeanLine } from '@/components/mean-line';
import { formatDecimal, formatRank, formatScore, type Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { IndexProfile } from './profile-model';

interface Props {
  profile: IndexProfile;
  t: Messages;
  lang: Lang;
}

/** The latest score and rank in large type, then the change and the national mean. */
export function HeadlineFigures({ profile, t, lang }: Props) {
  const { headline, index, scoreMax } = profile;
  if (!headline) return <p className="gap-note">{t.profile.noResult}</p>;
  const { score, rank, year } = headline;
  return (
    <div className="profile-figures">
      <div className="profile-numbers">
        <p>
          {score !== undefined ? (
            <span className="profile-big" data-testid="profile-score">
              {formatScore(score, index.scoreUnit, lang)}
              {index.scoreUnit === 'points' && scoreMax !== undefined && <span className="profile-of">/{formatDecimal(scoreMax, lang)}</span>}
            </span>
          ) : (
            <span className="gap-note">{t.profile.scoreNotPublished(year)}</span>
          )}
          <span className="label">{t.score}</span>
        </p>
        <p>
          {rank ? (
            <span className="profile-big" data-testid="profile-rank">
              {formatRank(rank.rank, rank.rankOf, lang)}
            </span>
          ) : (
            <span className="gap-note">{t.profile.noRank}</span>
          )}
          <span className="label">
            {t.rank}
            {rank?.kind === 'computed' && ` · ${t.computedRank}*`}
          </span>
        </p>
      </div>
      <ChangeLine change={headline.change} year={year} />
      {headline.mean && <MeanLine mean={headline.mean} year={year} score={score} unit={index.scoreUnit} />}
    </div>
  );
}
