/** 1 and then round steps up to the largest rank shown: 1, 10, 20, … */
export function rankTicks(largest: number): number[] {
  const step = largest > 40 ? 10 : largest > 12 ? 5 : 1;
  const ticks = [1];
  for (let tick = step; tick <= largest; tick += step) if (tick > 1) ticks.push(tick);
  return ticks;
}
