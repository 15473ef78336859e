import type { RefObject } from 'react';
import { canvasFor, type CanvasSize } from './canvas-size';
import { useElementSize } from '@/components/use-element-size';

/** The slide canvas for the space the stage has, updated when the window or the panels change it. */
export function useCanvas(stage: RefObject<HTMLElement | null>): CanvasSize | undefined {
  const size = useElementSize(stage);
  return size && canvasFor(size.width, size.height);
}
