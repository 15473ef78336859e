import { describe, expect, it } from 'vitest';
import { rankingExcerpt, type ExcerptRow } from './ranking-excerpt';

const list = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
/** Rows as text: "1-10 …41 52-61" reads the items shown and the gaps. */
const read = (rows: ExcerptRow<number>[]) => {
  const parts: string[] = [];
  for (const row of rows) {
    if (row.kind === 'gap') parts.push(`…${row.count}`);
    else {
      const last = parts.at(-1);
      const run = last?.match(/^(\d+)(?:-(\d+))?$/);
      if (run && Number(run[2] ?? run[1]) === row.item - 1) parts[parts.length - 1] = `${run[1]}-${row.item}`;
      else parts.push(String(row.item));
    }
  }
  return parts.join(' ');
};

describe('rankingExcerpt', () => {
  it.each([
    ['focus near the bottom (59 of 61): one gap', 61, 58, '1-10 …41 52-61'],
    ['focus in the middle (22 of 63): two gaps', 63, 21, '1-10 …9 20-24 …29 54-63'],
    ['focus at the top', 63, 0, '1-10 …43 54-63'],
    ['no focus', 103, undefined, '1-10 …83 94-103'],
    ['a run of one left out is shown instead (rank 11)', 63, 13, '1-16 …37 54-63'],
    ['a list that fits is whole', 21, 5, '1-21'],
  ])('%s', (_, n, focus, expected) => {
    expect(read(rankingExcerpt(list(n), focus))).toBe(expected);
  });

  it('counts every item once: shown or in a gap', () => {
    for (const focus of [0, 11, 30, 52, 62]) {
      const rows = rankingExcerpt(list(63), focus);
      const total = rows.reduce((sum, row) => sum + (row.kind === 'gap' ? row.count : 1), 0);
      expect(total).toBe(63);
      expect(rows.filter((row) => row.kind === 'item').length).toBeLessThanOrEqual(25);
    }
  });
});
