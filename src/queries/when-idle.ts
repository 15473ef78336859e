/** Runs `run` once the browser is idle (at the latest after `timeout` ms; after a second where idle callbacks do not exist); returns the cancel. */
export function whenIdle(run: () => void, timeout: number): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const timer = window.setTimeout(run, 1000);
    return () => window.clearTimeout(timer);
  }
  const id = window.requestIdleCallback(run, { timeout });
  return () => window.cancelIdleCallback(id);
}

/**
 * Runs each job in an idle moment of its own, in order (each at the latest `timeout` ms after the last); returns the
 * cancel of those not yet run. Many jobs in one idle callback make one long task, which holds back an input that comes
 * meanwhile (and counts in Lighthouse's Total Blocking Time).
 */
export function inIdleTurns(jobs: readonly (() => void)[], timeout: number): () => void {
  let cancel = () => {};
  const next = (at: number) => {
    const job = jobs[at];
    if (!job) return;
    cancel = whenIdle(() => {
      job();
      next(at + 1);
    }, timeout);
  };
  next(0);
  return () => cancel();
}
