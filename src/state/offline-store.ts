import { create } from 'zustand';

/** Whether every view's code and every data file has come, so that the dashboard works with the network gone. */
export type OfflineReadiness = 'loading' | 'ready' | 'incomplete';

interface OfflineState {
  readiness: OfflineReadiness;
  /** Asks again for what did not come; set once the first background loading has ended. */
  tryAgain?: () => void;
  /** How many times a person asked to try again: an answer begun before the last time is stale. */
  attempt: number;
}

export const useOfflineReadiness = create<OfflineState>(() => ({ readiness: 'loading', attempt: 0 }));

/** The attempt whose answer a background loading begun now will give. */
export const currentOfflineAttempt = () => useOfflineReadiness.getState().attempt;

/** Once the page's background loading has ended (app.tsx): whether everything came, and how to ask again for what did not. */
export function noteOfflineReadiness(attempt: number, everythingCame: boolean, tryAgain: () => void): void {
  if (attempt !== currentOfflineAttempt()) return;
  useOfflineReadiness.setState({ readiness: everythingCame ? 'ready' : 'incomplete', tryAgain });
}

/** Asks again for what did not come, when something did not: the network is back. */
export function tryOfflineAgain(): void {
  const { readiness, tryAgain, attempt } = useOfflineReadiness.getState();
  if (readiness !== 'incomplete' || !tryAgain) return;
  useOfflineReadiness.setState({ readiness: 'loading', attempt: attempt + 1 });
  tryAgain();
}
