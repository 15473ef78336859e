/** Which ends of a sideways-scrolling strip hide content: the strip fades there to say that it scrolls. */
export interface ScrollEdges {
  start: boolean;
  end: boolean;
}

/** From an element's scroll position and sizes; a pixel of slack absorbs fractional widths. */
export function scrollEdges({ scrollLeft, clientWidth, scrollWidth }: { scrollLeft: number; clientWidth: number; scrollWidth: number }): ScrollEdges {
  return { start: scrollLeft > 1, end: scrollLeft + clientWidth < scrollWidth - 1 };
}
