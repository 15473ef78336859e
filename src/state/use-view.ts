import { useShallow } from 'zustand/react/shallow';
import { serializeViewState, type ViewState } from './view-state';
import { useViewStore } from './view-store';

/**
 * One value of the selection; the caller re-renders only when that value changes (an update keeps the
 * references of the values it does not change).
 */
export function useViewValue<K extends keyof ViewState>(key: K): ViewState[K] {
  return useViewStore((store) => store.state[key]);
}

/** Several values of the selection; the caller re-renders only when one of them changes. */
export function useViewValues<K extends keyof ViewState>(...keys: K[]): Pick<ViewState, K> {
  return useViewStore(useShallow((store) => Object.fromEntries(keys.map((key) => [key, store.state[key]])) as Pick<ViewState, K>));
}

export function useUpdateView(): (change: Partial<ViewState>) => void {
  return useViewStore((store) => store.update);
}

/** The link to the current selection with some values changed, for real <a href> navigation; re-renders when the link changes. */
export function useViewHref(change: Partial<ViewState>): string {
  return useViewStore((store) => serializeViewState({ ...store.state, ...change }) || '?');
}
