import { lazy, Suspense, useEffect } from 'react';
import { LanguageSwitch } from '@/components/language-switch';
import { OverviewView } from '@/features/overview/overview-view';
import { useLang, useMessages } from '@/state/use-i18n';
import { useViewState } from '@/state/use-view';
import type { View } from '@/state/view-state';
import { AppNav } from './app-nav';

// Views other than the first screen load with their charts, when first opened.
const TrendsView = lazy(() => import('@/features/trends/trends-view').then((m) => ({ default: m.TrendsView })));
const RankingsView = lazy(() => import('@/features/rankings/rankings-view').then((m) => ({ default: m.RankingsView })));
const ComponentsView = lazy(() => import('@/features/components/components-view').then((m) => ({ default: m.ComponentsView })));
const PlansView = lazy(() => import('@/features/plans/plans-view').then((m) => ({ default: m.PlansView })));
const DataView = lazy(() => import('@/features/data/data-view').then((m) => ({ default: m.DataView })));
const PresentView = lazy(() => import('@/features/present/present-view').then((m) => ({ default: m.PresentView })));
const ProfileView = lazy(() => import('@/features/profile/profile-view').then((m) => ({ default: m.ProfileView })));

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'overview':
      return <OverviewView />;
    case 'trends':
      return <TrendsView />;
    case 'rankings':
      return <RankingsView />;
    case 'components':
      return <ComponentsView />;
    case 'plans':
      return <PlansView />;
    case 'data':
      return <DataView />;
    case 'present':
      return <PresentView />;
    case 'profile':
      return <ProfileView />;
  }
}

export function App() {
  const t = useMessages();
  const lang = useLang();
  const { view } = useViewState();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);
  // A presentation fills the screen: no header, navigation or footer around the slides.
  if (view === 'present')
    return (
      <Suspense fallback={<p className="muted">{t.loading}</p>}>
        <PresentView />
      </Suspense>
    );
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <div className="brand">
          <p className="app-title">{t.appTitle}</p>
          <p className="app-subtitle">{t.appSubtitle}</p>
        </div>
        <LanguageSwitch />
      </header>
      <AppNav />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<p className="muted">{t.loading}</p>}>
          <CurrentView view={view} />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>{t.footerData}</p>
      </footer>
    </>
  );
}
