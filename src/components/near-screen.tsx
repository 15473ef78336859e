import { useRef, type ReactNode } from 'react';
import { drawNowIn, useNearScreen } from './use-near-screen';

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

const TURN_MS = 20;
const TURNS = 50;

/**
 * Draws the NearScreen charts inside `root` now (an image is being made of them, maybe before they were scrolled to),
 * and resolves once each holds its SVG: a responsive chart measures its box a task after it is drawn. After ~1 s it
 * resolves all the same, and the image tells what it lacks.
 */
export async function drawnNearScreensIn(root: Element): Promise<void> {
  drawNowIn(root);
  const waiting = () => [...root.querySelectorAll('.near-screen')].some((place) => !place.querySelector('svg'));
  for (let turn = 0; turn < TURNS && waiting(); turn++) await new Promise((resolve) => setTimeout(resolve, TURN_MS));
}
