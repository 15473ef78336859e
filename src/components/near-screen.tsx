import { useRef, type ReactNode } from 'react';
import { useNearScreen } from './use-near-screen';

/**
 * Its children drawn once their box comes near the screen (useNearScreen: or the page is printed), the box holding
 * their `height` meanwhile, so nothing below moves when they come. For a chart far below a view's numbers: a cold
 * rankings view drew its ranks-over-the-years chart, three screens down, in the long task after its table (traced).
 */
export function NearScreen({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearScreen(box);
  return (
    <div ref={box} className="near-screen" style={near ? undefined : { minHeight: height }}>
      {near && children}
    </div>
  );
}
