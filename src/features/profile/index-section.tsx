import { FileErrors } from '@/components/error-callout';
import type { Catalog, IndexDef } from '@/domain/types';
import type { PlanDataState } from '@/queries/use-plan-data';
import { useLang, useMessages } from '@/state/use-i18n';
import { HeadlineFigures } from './headline-figures';
import { TargetBlock, TasksBlock } from './plan-blocks';
import { ProfileChart } from './profile-chart';
import { useIndexProfile } from './use-index-profile';
import { WeakestList } from './weakest-list';
import { nameIn, shortIn } from '@/i18n/names';

interface Props {
  catalog: Catalog;
  index: IndexDef;
  plans: PlanDataState;
  today: string;
}

/** One index on the A4 page: latest result, trend, target, weakest components and late tasks. */
export function IndexSection({ catalog, index, plans, today }: Props) {
  const t = useMessages();
  const lang = useLang();
  const { top, profile, errors, pending } = useIndexProfile(catalog, index, plans, today);
  const headingId = `profile-${index.code}`;
  return (
    <section className="profile-index" aria-labelledby={headingId} aria-busy={pending}>
      <header className="profile-index-header">
        <h2 id={headingId}>{shortIn(index, lang)}</h2>
        <p className="profile-index-name">{nameIn(index, lang)}</p>
        {top?.headline && <p className="profile-year">{t.profile.latest(top.headline.year)}</p>}
      </header>
      <FileErrors errors={errors} />
      {top && (
        <div className="profile-top">
          <HeadlineFigures catalog={catalog} profile={top} t={t} lang={lang} />
          <ProfileChart profile={top} t={t} lang={lang} />
        </div>
      )}
      {pending && errors.length === 0 && <p className="muted">{t.loading}</p>}
      {profile && (
        <div className="profile-bottom">
          <TargetBlock catalog={catalog} plans={plans.data} profile={profile} t={t} lang={lang} />
          <WeakestList profile={profile} t={t} lang={lang} />
          {/* With no task recorded at all, the page says so once, under the indices. */}
          {profile.tasks && profile.tasks.kind !== 'none-recorded' && <TasksBlock plans={plans.data} tasks={profile.tasks} t={t} lang={lang} today={today} />}
        </div>
      )}
    </section>
  );
}
