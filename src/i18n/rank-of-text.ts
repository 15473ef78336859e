/** A rank's denominator with its years, as an axis note reads it: the first and last open-ended. */
export interface RankOfRun {
  of: string;
  from: number;
  to: number;
}

/** " đến 2024", " năm 2018", " năm 2019–2020", " từ 2025": the years of the i-th of n runs ('' for a single run). */
const runYears = ({ from, to }: RankOfRun, i: number, n: number, words: { until: string; since: string; in: string }) => {
  if (n === 1) return '';
  if (i === 0) return ` ${words.until} ${to}`;
  if (i === n - 1) return ` ${words.since} ${from}`;
  return ` ${words.in} ${from === to ? from : `${from}–${to}`}`;
};

/** "hạng trên 63 tỉnh đến 2024, trên 34 từ 2025" (English: "ranks out of 63 provinces to 2024, of 34 from 2025"). */
export const rankOfText = (runs: readonly RankOfRun[], noun: string, words: { lead: string; of: string; until: string; since: string; in: string }) =>
  `${words.lead} ${runs.map((run, i) => `${run.of}${i === 0 ? ` ${noun}` : ''}${runYears(run, i, runs.length, words)}`).join(`, ${words.of} `)}`;
