/** How many units either side of the chosen unit a phone shows before the reader asks for all. */
export const NEIGHBOUR_REACH = 3;

/**
 * The chosen unit and its neighbours in `ordered` (best first): `reach` units either side, and at an end
 * of the list more from the other side, so the window always holds `2 × reach + 1` units (59/61 shows
 * 55–61). Undefined when there is nothing to narrow: the unit is not in the list, or the list is no
 * longer than the window.
 */
export function neighbourCodes(ordered: readonly string[], focus: string | undefined, reach = NEIGHBOUR_REACH): string[] | undefined {
  const at = focus === undefined ? -1 : ordered.indexOf(focus);
  const size = 2 * reach + 1;
  if (at < 0 || ordered.length <= size) return undefined;
  const start = Math.min(Math.max(0, at - reach), ordered.length - size);
  return ordered.slice(start, start + size);
}
