/** Runs `run` once the browser is idle (at the latest after `timeout` ms; after a second where idle callbacks do not exist); returns the cancel. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, 1000);
    return () => window.clearTimeout(timer);
  }
  const id = window.requestIdleCallback(run, { timeout });
  return () => window.cancelIdleCallback(id);
}
