import type { DataIssue } from '@/domain/issues';
import { describeIssue } from '@/i18n/describe-issue';
import { useMessages } from '@/state/use-i18n';

const SHOWN = 50;

/** Every problem with its file, line, column, value and reason; nothing has been applied. */
export function IssuesReport({ issues }: { issues: readonly DataIssue[] }) {
  const messages = useMessages();
  const t = messages.data;
  return (
    <div className="callout callout-error" role="alert">
      <p className="callout-title">{t.reportTitle(issues.length)}</p>
      <p>{t.reportHelp}</p>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i}>
            <span className="issue-file">{issue.file}</span> — {describeIssue(issue, messages)}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p>{messages.moreIssues(issues.length - SHOWN)}</p>}
    </div>
  );
}
