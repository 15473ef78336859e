import { useDeferredValue, useEffect, useState, type ReactNode } from 'react';

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

/**
 * False until the browser has drawn the component's first frame, then true: set in the animation frame after the next
 * one, by which that frame has normally reached the screen (the task right after its paint could still come before).
 * Unlike `AfterPaint`, whose second render may still come before that paint, what waits on it is never asked for
 * before the first frame is drawn: the overview's trend code was, and Lighthouse's simulated LCP counted its round trip
 * on a slow line (2.93-2.99 -> 2.71-2.73 s once asked for after the paint). Text waiting for its web font can still be
 * shown later than that frame.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => setPainted(true))));
    return () => cancelAnimationFrame(frame);
  }, []);
  return painted;
}
