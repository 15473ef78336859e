import { ChangeLine } from '@/components/change-line';
import { cityLabel } from '@/components/city-label';
import { MergerBlock } from '@/components/merger-block';
import type { Catalog } from '@/domain/types';
import { MeanLine } from '@/components/mean-line';
import { formatDecimal, formatRank, formatScore, type Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { ProfileTop } from './profile-model';

interface Props {
  catalog: Catalog;
  profile: ProfileTop;
  t: Messages;
  lang: Lang;
}

/** The latest score and rank in large type, then the change and the national mean. */
export function HeadlineFigures({ catalog, profile, t, lang }: Props) {
  const { headline, index, scoreMax } = profile;
  if (!headline) return <p className="gap-note">{t.profile.noResult}</p>;
  const { score, rank, year } = headline;
  const label = cityLabel(catalog, headline.unit, t.city);
  return (
    <div className="profile-figures">
      {label && (
        <p className="profile-unit" data-testid="profile-unit">
          {t.year(year)} · {label}
        </p>
      )}
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
      {headline.merger ? <MergerBlock catalog={catalog} merger={headline.merger} scoreUnit={index.scoreUnit} t={t} lang={lang} /> : <ChangeLine change={headline.change} year={year} />}
      {headline.mean && <MeanLine mean={headline.mean} year={year} score={score} unit={index.scoreUnit} />}
    </div>
  );
}
