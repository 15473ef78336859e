import { useEffect, useState, type RefObject } from 'react';
import { scrollEdges, type ScrollEdges } from './scroll-edges';

/** The hidden ends of a sideways-scrolling element, kept current as it scrolls or its size changes. */
export function useScrollEdges(element: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState<ScrollEdges>({ start: false, end: false });
  useEffect(() => {
    const current = element.current;
    if (!current) return;
    const measure = () => {
      const next = scrollEdges(current);
      setEdges((previous) => (previous.start === next.start && previous.end === next.end ? previous : next));
    };
    measure();
    current.addEventListener('scroll', measure, { passive: true });
    const observer = new ResizeObserver(measure);
    observer.observe(current);
    return () => {
      current.removeEventListener('scroll', measure);
      observer.disconnect();
    };
  }, [element]);
  return edges;
}
