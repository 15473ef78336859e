/** A row of a ranking's excerpt: an item shown, or a run of `count` items left out ("… 41 tỉnh"). */
export type ExcerptRow<T> = { kind: 'item'; item: T } | { kind: 'gap'; count: number };

export interface ExcerptSize {
  /** Items kept at each end of the list. */
  ends: number;
  /** Items kept each side of the focus. */
  around: number;
}

/** Top 10, bottom 10, the focus with two neighbours each side: at most 25 rows and two gap rows. */
export const SLIDE_EXCERPT: ExcerptSize = { ends: 10, around: 2 };

/**
 * What a slide-sized picture of a long ranking shows (best first): the first and last `ends` items and the
 * focus with its neighbours, a gap row for each run left out. A run of one is shown rather than replaced by a
 * gap row (it takes the same room); a list that fits in those rows is shown whole.
 */
export function rankingExcerpt<T>(items: readonly T[], focus: number | undefined, { ends, around }: ExcerptSize = SLIDE_EXCERPT): ExcerptRow<T>[] {
  const kept = (i: number) => i < ends || i >= items.length - ends || (focus !== undefined && focus >= 0 && Math.abs(i - focus) <= around);
  const shown = items.map((_, i) => kept(i) || (kept(i - 1) && kept(i + 1)));
  const rows: ExcerptRow<T>[] = [];
  items.forEach((item, i) => {
    const last = rows.at(-1);
    if (shown[i]) rows.push({ kind: 'item', item });
    else if (last?.kind === 'gap') last.count++;
    else rows.push({ kind: 'gap', count: 1 });
  });
  return rows;
}
