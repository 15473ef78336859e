import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

/** A component whose code loads apart, and the loading, to start it before the component renders. */
export interface CodeSplit<P> {
  Part: (props: P & { fallback?: ReactNode }) => ReactNode;
  load: () => Promise<unknown>;
}

/**
 * A component whose code loads apart: `fallback` until it has come, then the component. Not through lazy() and
 * Suspense: React reveals what waited behind a Suspense fallback no sooner than 300 ms after the last fallback showed
 * (FALLBACK_THROTTLE_MS). That was most of a view switch after the idle prefetch (300 ms idle after the click in a
 * trace). One load at a time; a load that failed is tried again on the next render, and its error is thrown to the
 * nearest error boundary, as lazy() would. The overview's trend too, since its sparkline is drawn without Recharts
 * (behind Suspense it once had to be: shown ~300 ms sooner, Recharts' render fell beside the load's background work).
 */
export function codeSplit<P extends object>(load: () => Promise<ComponentType<P>>): CodeSplit<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<unknown> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  function Part({ fallback = null, ...props }: P & { fallback?: ReactNode }) {
    const [failed, setFailed] = useState<{ error: unknown }>();
    const [, setReady] = useState(false);
    const Loaded = loaded;
    useEffect(() => {
      // What this render showed, not `loaded` now: the code may have come between the render of the fallback and this
      // effect, and the part then stayed on its fallback for good.
      if (!Loaded) start().then(() => setReady(true), (error: unknown) => setFailed({ error }));
    }, [Loaded]);
    if (failed) throw failed.error;
    return Loaded ? <Loaded {...(props as P)} /> : fallback;
  }
  return { Part, load: start };
}
