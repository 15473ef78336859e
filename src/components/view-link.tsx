import type { MouseEvent, ReactNode } from 'react';
import { useUpdateView, useViewHref } from '@/state/use-view';
import type { ViewState } from '@/state/view-state';

interface ViewLinkProps {
  /** What the link changes in the current selection. */
  change: Partial<ViewState>;
  children: ReactNode;
  className?: string;
  current?: boolean;
}

/** A real link to another view or selection: opens in a new tab with a modifier, else updates in place. */
export function ViewLink({ change, children, className, current }: ViewLinkProps) {
  const update = useUpdateView();
  const href = useViewHref(change);
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    update(change);
  };
  return (
    <a href={href} className={className} aria-current={current ? 'page' : undefined} onClick={onClick}>
      {children}
    </a>
  );
}
