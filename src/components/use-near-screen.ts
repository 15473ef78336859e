import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the element has come on screen, or within `margin` of it, or the page is being printed; once true it stays
 * true. A chart below the fold of a phone is drawn when scrolled to, not in the first seconds of the load: the overview's
 * three sparklines were one task of ~450 ms at Lighthouse's 4× CPU slowdown, where only the first is on a phone's screen.
 * Without IntersectionObserver (an old browser, a unit test), it is true at once.
 */
export function useNearScreen(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(element);
    // Printing lays out every card: draw them all before the print is made (flushSync, not at the next render).
    const print = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', print);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', print);
    };
  }, [near, ref, margin]);
  return near;
}
