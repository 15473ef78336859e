import { useId } from 'react';
import type { DataIssue, IssueCounts, IssueKind } from '@/domain/issues';
import { describeIssue } from '@/i18n/describe-issue';
import { useMessages } from '@/state/use-i18n';

const SHOWN = 50;

interface IssuesReportProps {
  issues: readonly DataIssue[];
  /** Every problem, past those kept in `issues` too (an import keeps the first thousand). */
  total?: number;
  /** How many of each kind: shown when not every problem is listed. */
  counts?: IssueCounts;
}

/**
 * The problems of a file, nothing of it applied: how many of each kind when they are too many to
 * list, then the first ones with file, line, column, value and reason. At most one line per kind
 * and SHOWN problems, however many the file has.
 */
export function IssuesReport({ issues, total = issues.length, counts }: IssuesReportProps) {
  const messages = useMessages();
  const t = messages.data;
  const byKindId = useId();
  const shown = issues.slice(0, SHOWN);
  const byKind = counts && total > shown.length ? (Object.entries(counts) as [IssueKind, number][]).sort((a, b) => b[1] - a[1]) : [];
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
          <p>{t.reportFirst(shown.length)}</p>
        </>
      )}
      <ul>
        {shown.map((issue, i) => (
          <li key={i}>
            <span className="issue-file">{issue.file}</span> — {describeIssue(issue, messages)}
          </li>
        ))}
      </ul>
      {total > shown.length && <p>{messages.moreIssues(total - shown.length)}</p>}
    </div>
  );
}
