import { useEffect, useRef } from 'react';

/** Moves focus to a page's heading when the page opens, so keyboard and screen-reader users land on it. */
export function useFocusHeading(key: string) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
