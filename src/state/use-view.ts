import { serializeViewState, type ViewState } from './view-state';
import { useViewStore } from './view-store';

export function useViewState(): ViewState {
  return useViewStore((store) => store.state);
}

export function useUpdateView(): (change: Partial<ViewState>) => void {
  return useViewStore((store) => store.update);
}

/** The link to the current selection with some values changed, for real <a href> navigation. */
export function useViewHref(change: Partial<ViewState>): string {
  const state = useViewState();
  return serializeViewState({ ...state, ...change }) || '?';
}
