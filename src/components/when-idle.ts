import { useEffect, useState } from 'react';

/** Runs `run` once the browser is idle (at the latest after `timeout` ms; after a second where idle callbacks do not exist); returns the cancel. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, 1000);
    return () => window.clearTimeout(timer);
  }
  const id = window.requestIdleCallback(run, { timeout });
  return () => window.cancelIdleCallback(id);
}

/** False until the browser is first idle after mount: for what a screen can show after its own figures. */
export function useIdle(timeout: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeout), [timeout]);
  return idle;
}
