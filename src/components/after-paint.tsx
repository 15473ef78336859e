import { useDeferredValue, type ReactNode } from 'react';

/**
 * Its children rendered in a second render that React may interrupt, once what surrounds them has been painted: a
 * view's numbers (a table, a headline) show without waiting for the charts beside or below them (Recharts: ~100–200 ms
 * of main-thread work for a ranking of 61 provinces, all in the task that showed the view). After the first render
 * the children update as usual. `fallback` holds their place meanwhile (in a grid, its column).
 */
export function AfterPaint({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const painted = useDeferredValue(true, false);
  return painted ? children : fallback;
}
