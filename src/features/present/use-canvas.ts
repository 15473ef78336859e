import { useEffect, useState, type RefObject } from 'react';
import { canvasFor, type CanvasSize } from './canvas-size';

/** The slide canvas for the space the stage has, updated when the window or the panels change it. */
export function useCanvas(stage: RefObject<HTMLElement | null>): CanvasSize | undefined {
  const [canvas, setCanvas] = useState<CanvasSize>();
  useEffect(() => {
    const element = stage.current;
    if (!element) return;
    const measure = () => setCanvas(canvasFor(element.clientWidth, element.clientHeight));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [stage]);
  return canvas;
}
