import type { CsvRecord } from '@/domain/csv-table';
import type { DataIssue } from '@/domain/issues';
import type { Figure } from '@/domain/types';
import type { FigureTable } from './figure-table';

interface Ranked {
  count: number;
  maxRank: number;
  maxLine: number;
  /** Whether some rank has no written denominator, so it takes the derived one. */
  derived: boolean;
  /** The columns as the file names them, for the report. */
  labels: { rank: string; rankOf: string };
  /** Each denominator the file writes, with the first line that writes it. */
  written: Map<number, number>;
}

/**
 * The denominator of an import's ranks: the one the user gives, else the number of units the file
 * ranks (the rows with a rank, or the highest rank if larger), never the number of units that
 * happened to match. Without a given one, a highest rank above the rows ranked, or a denominator
 * written in the file below them, is reported once with its line, to fix or to confirm by giving
 * the denominator. A written denominator above the rows ranked is an extract ("22/63" of a few
 * provinces), as in the bundled files, and is taken as written.
 */
export function denominatorTracker(file: string, given: number | undefined) {
  const byComponent = new Map<string, Ranked>();
  const rankOfFor = (component: string) => {
    const ranked = byComponent.get(component);
    return given ?? (ranked ? Math.max(ranked.count, ranked.maxRank) : undefined);
  };
  return {
    /** A rank with no denominator waits for the derived one, so it is no problem of the row. */
    waitsForDenominator: (issue: DataIssue, record: CsvRecord) =>
      given === undefined && issue.kind === 'missing-value' && record.values.rank_of === '' && issue.column === (record.labels?.rank_of ?? 'rank_of'),
    add(figure: Figure, record: CsvRecord) {
      if (figure.rank === undefined) return;
      const labels = { rank: record.labels?.rank ?? 'rank', rankOf: record.labels?.rank_of ?? 'rank_of' };
      const ranked = byComponent.get(figure.component) ?? { count: 0, maxRank: 0, maxLine: 0, derived: false, labels, written: new Map<number, number>() };
      byComponent.set(figure.component, ranked);
      ranked.count++;
      if (figure.rankOf === undefined) ranked.derived = true;
      if (figure.rank > ranked.maxRank) [ranked.maxRank, ranked.maxLine] = [figure.rank, figure.line];
      if (figure.rankOf !== undefined && !ranked.written.has(figure.rankOf)) ranked.written.set(figure.rankOf, figure.line);
    },
    rankOfFor,
    issues(): DataIssue[] {
      if (given !== undefined) return [];
      return [...byComponent.values()].flatMap((ranked) => [
        ...(ranked.derived && ranked.maxRank > ranked.count ? [{ file, line: ranked.maxLine, column: ranked.labels.rank, kind: 'rank-above-rows' as const, detail: `${ranked.maxRank}/${ranked.count}` }] : []),
        ...[...ranked.written].filter(([value]) => value < ranked.count).map(([value, line]) => ({ file, line, column: ranked.labels.rankOf, kind: 'denominator-disagrees' as const, detail: `${value}/${ranked.count}` })),
      ]);
    },
  };
}

/** Gives the derived denominator to every rank of the table that has none. */
export function fillRankOf(table: FigureTable, rankOfFor: (component: string) => number | undefined): FigureTable {
  const { rank, rankOf } = table;
  if (!rank || !rankOf) return table;
  for (let i = 0; i < table.count; i++) {
    if (Number.isNaN(rank[i]) || !Number.isNaN(rankOf[i])) continue;
    rankOf[i] = rankOfFor(table.pairs[table.pair[i] ?? 0]?.component ?? '') ?? NaN;
  }
  return table;
}
