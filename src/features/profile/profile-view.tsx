import { CatalogGate } from '@/components/catalog-gate';
import { FileErrors } from '@/components/error-callout';
import { provincialIndices } from '@/domain/indices';
import type { Catalog } from '@/domain/types';
import { formatDate } from '@/i18n/format';
import { usePlanData } from '@/queries/use-plan-data';
import { useLang, useMessages } from '@/state/use-i18n';
import { useToday } from '@/state/use-today';
import { IndexSection } from './index-section';
export { loadProfileChart } from './profile-chart';
import { ProfileCredit, ProfileSources } from './profile-sources';
import { cityChain } from '@/domain/city';
import './profile.css';
import { nameIn } from '@/i18n/names';

export function ProfileView() {
  return <CatalogGate>{(catalog) => <Profile catalog={catalog} />}</CatalogGate>;
}

function Profile({ catalog }: { catalog: Catalog }) {
  const t = useMessages();
  const lang = useLang();
  const today = useToday();
  const plans = usePlanData();
  const noTasks = !plans.pending && plans.errors.length === 0 && plans.data?.tasks.length === 0;
  const unit = cityChain(catalog)[0];
  const unitName = unit ? nameIn(unit, lang) : '';
  const indices = provincialIndices(catalog);
  return (
    <>
      <div className="page-heading profile-screen-only">
        <h1>{t.profile.heading(unitName)}</h1>
        <p className="muted">{t.profile.intro}</p>
        <button type="button" className="button primary profile-print-button" onClick={() => window.print()}>
          {t.profile.print}
        </button>
      </div>
      <FileErrors errors={plans.errors} />
      <div className="profile-desk">
        <article className="a4-page" aria-label={t.profile.pageLabel}>
          <header className="a4-header">
            <div>
              <p className="a4-title">{t.profile.title(unitName)}</p>
              <p className="a4-subtitle">{t.profile.subtitle}</p>
            </div>
            <p className="a4-date" data-testid="printed-on">
              {t.profile.printedOn(formatDate(today))}
            </p>
          </header>
          {indices.map((index) => (
            <IndexSection key={index.code} catalog={catalog} index={index} plans={plans} today={today} />
          ))}
          {noTasks && (
            <p className="profile-no-tasks" data-testid="profile-no-tasks">
              <strong>{t.profile.tasks}:</strong> {t.profile.noTasksRecorded}
            </p>
          )}
          <footer className="a4-footer">
            <p className="profile-credit" data-testid="profile-credit">
              <strong>{t.profile.sources}:</strong>{' '}
              {indices.map((index, i) => (
                <ProfileCredit key={index.code} catalog={catalog} index={index} plans={plans} today={today} after={i > 0} />
              ))}
            </p>
            <details className="profile-all-sources">
              <summary>{t.profile.allSources}</summary>
              {indices.map((index) => (
                <ProfileSources key={index.code} catalog={catalog} index={index} plans={plans} today={today} />
              ))}
            </details>
            {indices.some((index) => index.rankKind === 'computed') && <p className="note">* {t.profile.computedRankNote}</p>}
            <p className="a4-foot-line">
              {t.appTitle} · {t.profile.printedOn(formatDate(today))}
            </p>
          </footer>
        </article>
      </div>
    </>
  );
}
