import { create } from 'zustand';
import { parseViewState, serializeViewState, type ViewState } from './view-state';

interface ViewStore {
  state: ViewState;
  /** Changes the selection; a change of view adds a history entry, anything else replaces it. */
  update: (change: Partial<ViewState>) => void;
}

const currentSearch = () => (typeof window === 'undefined' ? '' : window.location.search);

export const useViewStore = create<ViewStore>()((set, get) => ({
  state: parseViewState(currentSearch()),
  update: (change) => {
    const previous = get().state;
    const state = { ...previous, ...change };
    set({ state });
    const url = `${window.location.pathname}${serializeViewState(state)}${window.location.hash}`;
    if (state.view !== previous.view) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('popstate', () => useViewStore.setState({ state: parseViewState(currentSearch()) }));
}
