/** A score and the rank it was given (published or computed). */
export interface RankedScore {
  unit: string;
  score?: number;
  rank?: number;
}

const MAX_DIGITS = 6;
const printed = (score: number, digits: number) => score.toFixed(digits);

/**
 * Ties that are not ties: units whose score prints the same as another unit's at `digits` decimals while
 * the two ranks differ, each with the fewest decimals (up to 6) that tell it apart from every such
 * neighbour. Units absent from the map print with `digits`.
 */
export function distinguishingDigits(entries: readonly RankedScore[], digits = 2): Map<string, number> {
  const scored = entries.filter((e): e is Required<RankedScore> => e.score !== undefined && e.rank !== undefined);
  const result = new Map<string, number>();
  for (const a of scored) {
    for (const b of scored) {
      if (a === b || a.rank === b.rank || printed(a.score, digits) !== printed(b.score, digits)) continue;
      let needed = digits + 1;
      while (needed < MAX_DIGITS && printed(a.score, needed) === printed(b.score, needed)) needed++;
      result.set(a.unit, Math.max(result.get(a.unit) ?? 0, needed));
    }
  }
  return result;
}
