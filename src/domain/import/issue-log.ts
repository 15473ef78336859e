import type { DataIssue, IssueCounts } from '@/domain/issues';

export interface IssueLog {
  add(issue: DataIssue): void;
  /** The first problems, in full. */
  readonly first: DataIssue[];
  /** How many problems of each kind, kept or not: exact. */
  readonly counts: IssueCounts;
  readonly total: number;
}

/** Keeps the first `keep` problems and counts every one by kind, so a file of millions of bad rows costs no more memory than one of a thousand. */
export function issueLog(keep: number): IssueLog {
  const first: DataIssue[] = [];
  const counts: IssueCounts = {};
  let total = 0;
  return {
    add(issue) {
      total++;
      counts[issue.kind] = (counts[issue.kind] ?? 0) + 1;
      if (first.length < keep) first.push(issue);
    },
    first,
    counts,
    get total() {
      return total;
    },
  };
}
