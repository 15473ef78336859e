import { useIsFetching, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { Suspense, useEffect, type ReactNode } from 'react';
import { codeSplit } from '@/components/code-split';
import { LanguageSwitch } from '@/components/language-switch';
import { inIdleTurns } from '@/queries/when-idle';
import { compareText } from '@/domain/collate';
import { OverviewView } from '@/features/overview/overview-view';
import { OfflineStatus } from '@/components/offline-status';
import { keepEveryFile } from '@/queries/start-loading';
import { currentOfflineAttempt, noteOfflineReadiness } from '@/state/offline-store';
import { preloadMessages, useCoreMessages, useLang } from '@/state/use-i18n';
import { useViewValue } from '@/state/use-view';
import type { View } from '@/state/view-state';
import { AppNav } from './app-nav';

// Views other than the first screen load with their charts and their messages, when first opened or,
// at the latest, once the first screen is idle: a presentation that loses the network (a hall is often
// offline) still opens every view. A view whose code is loaded renders at once; one still loading shows the
// loading line, then itself (codeSplit: no Suspense, whose reveal waited 300 ms; on a cold rankings the code was in
// at 530 ms and the render came at 707 ms).
const viewLoaders: (() => Promise<unknown>)[] = [preloadMessages];
const loaderOfView = new Map<View, () => Promise<unknown>>();
/** `parts`: the code a view loads apart, after its numbers (its charts): loaded by the prefetch, not by a link to the view. */
export const view = <T,>(name: View, load: () => Promise<T>, pick: (module: T) => () => ReactNode, parts?: (module: T) => Promise<unknown>) => {
  const { Part, load: loadView } = codeSplit(() => Promise.all([load(), preloadMessages()]).then(([module]) => pick(module)));
  viewLoaders.push(parts ? () => loadView().then(load).then(parts) : loadView);
  loaderOfView.set(name, loadView);
  return function View() {
    const t = useCoreMessages();
    return <Part fallback={<p className="muted">{t.loading}</p>} />;
  };
};
const TrendsView = view('trends', () => import('@/features/trends/trends-view'), (m) => m.TrendsView);
const RankingsView = view('rankings', () => import('@/features/rankings/rankings-view'), (m) => m.RankingsView, (m) => m.loadRankingCharts());
const ComponentsView = view('components', () => import('@/features/components/components-view'), (m) => m.ComponentsView, (m) => m.loadComponentCharts());
const PlansView = view('plans', () => import('@/features/plans/plans-view'), (m) => m.PlansView);
const DataView = view('data', () => import('@/features/data/data-view'), (m) => m.DataView);
const PresentView = view('present', () => import('@/features/present/present-view'), (m) => m.PresentView, (m) => m.loadSlideCharts());
const ProfileView = view('profile', () => import('@/features/profile/profile-view'), (m) => m.ProfileView, (m) => m.loadProfileChart());
// The import worker's script too, so a file can be imported with no network.
viewLoaders.push(() => import('@/queries/import-client').then((m) => m.warmUpImporter()));

/**
 * Starts loading the code of the view the page opens on, before the first render (main.tsx): the view then
 * renders with its data instead of a loading line, its chunks being already on their way (vite-view-preload.ts).
 */
export const startViewCode = (name: View) => void loaderOfView.get(name)?.().catch(() => undefined);

// The first Vietnamese collation loads ICU's data (~14 ms in a profile of the task that starts an import, whose form
// sorts the sources by title): made in an idle moment, the views that sort names find it ready.
const loadCollation = () => void compareText('vi');

/**
 * Fetches every view's code once the browser is idle, one view per idle moment, then downloads every data file, and
 * says whether all of it came (the footer tells whether the dashboard now works offline); returns the cancel.
 */
const prefetchViewsWhenIdle = (client: QueryClient) => {
  const codes: Promise<boolean>[] = [];
  const fetchCode = (load: () => Promise<unknown>) => () => void codes.push(loadCode(load));
  return inIdleTurns([...viewLoaders.map(fetchCode), loadCollation, () => keepEverything(client, codes)], 5000);
};

const loadCode = (load: () => Promise<unknown>) => load().then(() => true, () => false);

/** Every data file kept beside the views' code, then the footer told whether all came; trying again asks only for what did not. */
function keepEverything(client: QueryClient, codes: readonly Promise<boolean>[], again = false) {
  const attempt = currentOfflineAttempt();
  const tryAgain = () => keepEverything(client, viewLoaders.map(loadCode), true);
  void keepEveryFile(client, { again }).then(async (filesCame) => noteOfflineReadiness(attempt, filesCame && (await Promise.all(codes)).every(Boolean), tryAgain));
}

/**
 * That prefetch, once the code of the view shown has come (loaded or failed): begun beside it, the other views' code
 * (Recharts…) took the connections its chunks came on (a cold data view's data at ~590 ms instead of ~300-400, its
 * last chunk held until ~520 ms behind trends, rankings, charts…). Returns the cancel.
 */
export function prefetchViewsAfter(shown: View, client: QueryClient): () => void {
  let cancel: (() => void) | undefined;
  let cancelled = false;
  void Promise.resolve(loaderOfView.get(shown)?.())
    .catch(() => undefined)
    .then(() => {
      if (!cancelled) cancel = prefetchViewsWhenIdle(client);
    });
  return () => {
    cancelled = true;
    cancel?.();
  };
}

/**
 * Starts that prefetch only once the first screen's files are read: evaluating the views' code (and
 * Recharts) is long main-thread work that would otherwise hold up the first numbers.
 */
function PrefetchViewsWhenSettled() {
  const client = useQueryClient();
  const shown = useViewValue('view');
  const settled = useIsFetching() === 0;
  useEffect(() => (settled ? prefetchViewsAfter(shown, client) : undefined), [settled, shown, client]);
  return null;
}

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
  const t = useCoreMessages();
  const lang = useLang();
  const view = useViewValue('view');
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.appTitle;
  }, [lang, t]);
  // A presentation fills the screen: no header, navigation or footer around the slides.
  if (view === 'present')
    return (
      <Suspense fallback={<p className="muted">{t.loading}</p>}>
        <PresentView />
        <PrefetchViewsWhenSettled />
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
        <OfflineStatus />
      </footer>
      <PrefetchViewsWhenSettled />
    </>
  );
}
