import { create } from 'zustand';

/** Whether every view's code and every data file has come, so that the dashboard works with the network gone. */
export type OfflineReadiness = 'loading' | 'ready' | 'incomplete';

export const useOfflineReadiness = create<{ readiness: OfflineReadiness }>(() => ({ readiness: 'loading' }));

/** Once the page's background loading has ended (app.tsx): whether everything came. */
export const noteOfflineReadiness = (everythingCame: boolean) => useOfflineReadiness.setState({ readiness: everythingCame ? 'ready' : 'incomplete' });
