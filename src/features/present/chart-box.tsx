import { useRef, type ReactNode } from 'react';
import { useElementSize, type ElementSize } from '@/components/use-element-size';

/**
 * The room left for a slide's chart once its legend or note has taken what it needs (a note may wrap
 * on a 4:3 screen): measured in canvas units, so the chart never runs into the slide's foot.
 */
export function ChartBox({ children }: { children: (size: ElementSize) => ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const size = useElementSize(box);
  return (
    <div ref={box} className="slide-chart-box">
      {size && size.height > 0 && children(size)}
    </div>
  );
}
