/**
 * Rows for labels laid along the x axis (plan markers): each label takes the first row where it clears the
 * labels already there by `gap`, so close dates stack instead of overlapping.
 */
export function assignLanes(items: readonly { x: number; width: number }[], gap: number): number[] {
  const ends: number[] = [];
  const order = items.map((item, i) => ({ ...item, i })).sort((a, b) => a.x - b.x);
  const lanes: number[] = new Array<number>(items.length).fill(0);
  for (const item of order) {
    const left = item.x - item.width / 2;
    let lane = ends.findIndex((end) => end + gap <= left);
    if (lane === -1) lane = ends.length;
    ends[lane] = item.x + item.width / 2;
    lanes[item.i] = lane;
  }
  return lanes;
}

/**
 * Vertical positions for labels at line ends: as near their line as possible, at least `spacing` apart, inside
 * [top, bottom]. Sorted, pushed down where they crowd, then pulled back up from the bottom.
 */
export function spreadLabels(ys: readonly number[], spacing: number, top: number, bottom: number): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  const placed = order.map((item) => item.y);
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k] ?? 0, k === 0 ? top : (placed[k - 1] ?? top) + spacing);
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k] ?? 0, k === placed.length - 1 ? bottom : (placed[k + 1] ?? bottom) - spacing);
  const result: number[] = new Array<number>(ys.length).fill(0);
  order.forEach((item, k) => {
    result[item.i] = placed[k] ?? item.y;
  });
  return result;
}
