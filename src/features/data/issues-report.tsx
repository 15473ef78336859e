import { useId } from 'react';
import type { DataIssue, IssueCounts, IssueKind } from '@/domain/issues';
import { describeIssue } from '@/i18n/describe-issue';
import { useMessages } from '@/state/use-i18n';
import { Pager, usePaging } from './pager';

/** Problems on one page of the report: a screenful, whatever the file. */
export const ISSUES_PER_PAGE = 15;

interface IssuesReportProps {
  issues: readonly DataIssue[];
  /** Every problem, past those kept in `issues` too (an import keeps the first thousand). */
  total?: number;
  /** How many of each kind: shown when not every problem is listed. */
  counts?: IssueCounts;
}

/**
 * The problems of a file, nothing of it applied: how many of each kind when they are too many to
 * list, then the kept ones with file, line, column, value and reason, a page at a time. At most one
 * line per kind and ISSUES_PER_PAGE problems are drawn, however many the file has.
 */
export function IssuesReport({ issues, total = issues.length, counts }: IssuesReportProps) {
  const messages = useMessages();
  const t = messages.data;
  const byKindId = useId();
  const paging = usePaging(issues.length, ISSUES_PER_PAGE);
  const shown = issues.slice(paging.start, paging.end);
  const byKind = counts && total > issues.length ? (Object.entries(counts) as [IssueKind, number][]).sort((a, b) => b[1] - a[1]) : [];
  return (
    <div className="callout callout-error" role="alert">
      <p className="callout-title">{t.reportTitle(total)}</p>
      <p>{t.reportHelp}</p>
      {byKind.length > 0 && (
        <>
          <p id={byKindId}>{t.reportByKind}</p>
          <ul aria-labelledby={byKindId}>
            {byKind.map(([kind, n]) => (
              <li key={kind}>{t.reportKindCount(messages.issueKinds[kind], n)}</li>
            ))}
          </ul>
          <p>{t.reportFirst(issues.length)}</p>
        </>
      )}
      <ul>
        {shown.map((issue, i) => (
          <li key={i}>
            <span className="issue-file">{issue.file}</span> — {describeIssue(issue, messages)}
          </li>
        ))}
      </ul>
      <Pager paging={paging} label={t.reportPages} />
      {total > issues.length && <p>{messages.moreIssues(total - issues.length)}</p>}
    </div>
  );
}
