import { formatDecimal, formatNumber, formatSigned, type Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { IndexProfile } from './profile-model';
import { nameIn } from '@/i18n/names';

/** The components furthest below the national mean, in the latest year that has component scores. */
export function WeakestList({ profile, t, lang }: { profile: IndexProfile; t: Messages; lang: Lang }) {
  const { weakest } = profile;
  if (!weakest) {
    return (
      <section className="profile-block">
        <h3>{t.profile.weakest()}</h3>
        <p className="gap-note">{t.profile.noComponents}</p>
      </section>
    );
  }
  return (
    <section className="profile-block">
      <h3>{t.profile.weakest(weakest.year)}</h3>
      <ol className="profile-weakest">
        {weakest.rows.map(({ component, score, max, gapToMean, mean }) => (
          <li key={component.code}>
            <span className="profile-item-name">
              {component.code} {nameIn(component, lang)}
            </span>{' '}
            <span className="profile-item-figure">
              {score !== undefined && max !== undefined && gapToMean !== undefined
                ? t.profile.belowNation(formatNumber(score, lang), formatDecimal(max, lang, 2), formatSigned(gapToMean, lang), mean?.kind === 'computed')
                : '—'}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
