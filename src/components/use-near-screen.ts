import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** Asks the elements of useNearScreen inside the event's `detail` (an Element) to be drawn at once. */
const DRAW_NOW = 'near-screen:draw';

/** Has every element of useNearScreen inside `root` drawn now, as printing does: an image is being made of it. */
export function drawNowIn(root: Element): void {
  window.dispatchEvent(new CustomEvent<Element>(DRAW_NOW, { detail: root }));
}

/**
 * Whether the element has come on screen, or within `margin` of it, or the page is being printed, or an image is
 * being made of it (drawNowIn); once true it stays true. A chart below the fold of a phone is drawn when scrolled to,
 * not in the first seconds of the load: the overview's three sparklines were one task of ~450 ms at Lighthouse's 4×
 * CPU slowdown, where only the first is on a phone's screen. Without IntersectionObserver (an old browser, a unit
 * test), it is true at once.
 */
export function useNearScreen(ref: RefObject<Element | null>, margin = '200px'): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && setNear(true), { rootMargin: margin });
    observer.observe(element);
    // Printing lays out every card, and an image reads the chart at once: drawn before either (flushSync, not at the next render).
    const drawNow = () => flushSync(() => setNear(true));
    const drawNowIfInside = (event: Event) => event instanceof CustomEvent && event.detail instanceof Element && event.detail.contains(element) && drawNow();
    window.addEventListener('beforeprint', drawNow);
    window.addEventListener(DRAW_NOW, drawNowIfInside);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', drawNow);
      window.removeEventListener(DRAW_NOW, drawNowIfInside);
    };
  }, [near, ref, margin]);
  return near;
}
