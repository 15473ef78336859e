import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Size {
  width: number;
  height: number;
}

/**
 * The room left for a slide's chart once its legend or note has taken what it needs (a note may wrap
 * on a 4:3 screen): measured in canvas units, so the chart never runs into the slide's foot.
 */
export function ChartBox({ children }: { children: (size: Size) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>();
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setSize({ width: element.clientWidth, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className="slide-chart-box">
      {size && size.height > 0 && children(size)}
    </div>
  );
}
