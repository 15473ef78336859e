import { create } from 'zustand';

/** Whether every view's code and every data file has come, so that the dashboard works with the network gone. */
export type OfflineReadiness = 'loading' | 'ready' | 'incomplete';

export const useOfflineReadiness = create<{ readiness: OfflineReadiness; tryAgain?: () => void }>(() => ({ readiness: 'loading' }));

/** Once the page's background loading has ended (app.tsx): whether everything came, and how to ask again for what did not. */
export const noteOfflineReadiness = (everythingCame: boolean, tryAgain: () => void) =>
  useOfflineReadiness.setState({ readiness: everythingCame ? 'ready' : 'incomplete', tryAgain });

/** Asks again for what did not come, when something did not: the network is back. */
export function tryOfflineAgain(): void {
  const { readiness, tryAgain } = useOfflineReadiness.getState();
  if (readiness !== 'incomplete' || !tryAgain) return;
  useOfflineReadiness.setState({ readiness: 'loading' });
  tryAgain();
}
