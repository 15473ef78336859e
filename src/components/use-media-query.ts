import { useSyncExternalStore } from 'react';

/** A phone in portrait: the width at which views show less at first and stack their parts (see styles.css). */
export const PHONE_QUERY = '(max-width: 640px)';

/** Whether the media query matches now; follows changes, such as a phone turned sideways. */
export function useMediaQuery(query: string): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => window.matchMedia(query).matches,
  );
}
