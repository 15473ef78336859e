/** Years from the first year of an index up to `last` that have no data file. */
export function missingYears(first: number, last: number | undefined, loaded: readonly number[]): number[] {
  if (last === undefined || last < first) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => !loaded.includes(y));
}

/** [2012, 2013, 2014, 2016] → [[2012, 2014], [2016, 2016]]: runs of consecutive years, for "2012–2014, 2016". */
export function yearRuns(years: readonly number[]): [number, number][] {
  const runs: [number, number][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs;
}
