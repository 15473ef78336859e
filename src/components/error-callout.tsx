import type { DataFileError, DataIssue } from '@/domain/issues';
import { describeIssue } from '@/i18n/describe-issue';
import type { ReactNode } from 'react';
import { ViewLink } from '@/components/view-link';
import { useCoreMessages } from '@/state/use-i18n';

const SHOWN = 5;

export function ErrorCallout({ title, issues, help, action }: { title: string; issues: readonly DataIssue[]; help?: string; action?: ReactNode }) {
  const t = useCoreMessages();
  return (
    <div className="callout callout-error" role="alert">
      <p className="callout-title">{title}</p>
      <ul>
        {issues.slice(0, SHOWN).map((issue, i) => (
          <li key={i}>
            <span className="issue-file">{issue.file}</span> — {describeIssue(issue, t)}
          </li>
        ))}
      </ul>
      {issues.length > SHOWN && <p>{t.moreIssues(issues.length - SHOWN)}</p>}
      {help && <p className="callout-help">{help}</p>}
      {action}
    </div>
  );
}

/** One error card per data file that could not be read; the rest of the view keeps working. */
export function FileErrors({ errors }: { errors: readonly DataFileError[] }) {
  const t = useCoreMessages();
  return (
    <>
      {errors.map((error) => (
        <ErrorCallout
          key={error.file}
          title={t.fileErrorTitle(error.file)}
          issues={error.issues}
          help={t.fileErrorHelp}
          action={
            <p>
              <ViewLink change={{ view: 'data' }} className="button primary">
                {t.importOffer.link}
              </ViewLink>
            </p>
          }
        />
      ))}
    </>
  );
}
