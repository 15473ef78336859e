import type { DataIssue } from '@/domain/issues';
import { describeIssue } from '@/i18n/describe-issue';
import { useMessages } from '@/state/use-i18n';

const SHOWN = 50;

/** Every problem with its file, line, column, value and reason; nothing has been applied. */
/** `total` counts problems beyond those kept in `issues` (an import keeps the first thousand). */
export function IssuesReport({ issues, total = issues.length }: { issues: readonly DataIssue[]; total?: number }) {
  const messages = useMessages();
  const t = messages.data;
  return (
    <div className="callout callout-error" role="alert">
      <p className="callout-title">{t.reportTitle(total)}</p>
      <p>{t.reportHelp}</p>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i}>
            <span className="issue-file">{issue.file}</span> — {describeIssue(issue, messages)}
          </li>
        ))}
      </ul>
      {total > SHOWN && <p>{messages.moreIssues(total - SHOWN)}</p>}
    </div>
  );
}
