import type { MouseEvent } from 'react';
import { useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewHref, useViewState } from '@/state/use-view';
import type { View } from '@/state/view-state';

function NavLink({ view, label }: { view: View; label: string }) {
  const current = useViewState().view;
  const update = useUpdateView();
  const href = useViewHref({ view });
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    update({ view });
  };
  return (
    <a href={href} aria-current={current === view ? 'page' : undefined} onClick={onClick}>
      {label}
    </a>
  );
}

export function AppNav() {
  const t = useMessages();
  return (
    <nav className="app-nav" aria-label={t.navLabel}>
      <NavLink view="overview" label={t.navOverview} />
      <NavLink view="trends" label={t.navTrends} />
      <NavLink view="rankings" label={t.navRankings} />
      <NavLink view="components" label={t.navComponents} />
    </nav>
  );
}
