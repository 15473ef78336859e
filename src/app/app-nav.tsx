import { useEffect, useRef } from 'react';
import { ViewLink } from '@/components/view-link';
import { useScrollEdges } from '@/components/use-scroll-edges';
import { useCoreMessages } from '@/state/use-i18n';
import { useViewValue } from '@/state/use-view';
import type { View } from '@/state/view-state';

function NavLink({ view, label }: { view: View; label: string }) {
  const current = useViewValue('view');
  return (
    <ViewLink change={{ view }} current={current === view}>
      {label}
    </ViewLink>
  );
}

export function AppNav() {
  const t = useCoreMessages();
  const view = useViewValue('view');
  const nav = useRef<HTMLElement>(null);
  // On a narrow screen the links scroll sideways: keep the current one in sight, without moving the page.
  useEffect(() => {
    const current = nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav.current && current) nav.current.scrollLeft = current.offsetLeft - (nav.current.clientWidth - current.offsetWidth) / 2;
  }, [view]);
  // …and fade the end that hides links, so the strip shows that it scrolls.
  const edges = useScrollEdges(nav);
  return (
    <div className="app-nav-frame" data-hidden-start={edges.start || undefined} data-hidden-end={edges.end || undefined}>
      <nav ref={nav} className="app-nav" aria-label={t.navLabel}>
        <NavLink view="overview" label={t.navOverview} />
        <NavLink view="trends" label={t.navTrends} />
        <NavLink view="rankings" label={t.navRankings} />
        <NavLink view="components" label={t.navComponents} />
        <NavLink view="plans" label={t.navPlans} />
        <NavLink view="data" label={t.navData} />
        <NavLink view="profile" label={t.navProfile} />
        <NavLink view="present" label={t.navPresent} />
      </nav>
    </div>
  );
}
