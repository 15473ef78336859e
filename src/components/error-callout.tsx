import { useIsFetching, useQueryClient, type Query, type QueryClient } from '@tanstack/react-query';
import type { DataFileError, DataIssue } from '@/domain/issues';
import { describeIssue } from '@/i18n/describe-issue';
import type { ReactNode } from 'react';
import { ViewLink } from '@/components/view-link';
import { useCoreMessages } from '@/state/use-i18n';
import { tryOfflineAgain } from '@/state/offline-store';

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

/** A file that did not come (no network, a server's error), not one read with problems: trying again may bring it. */
export const notDownloaded = (issues: readonly DataIssue[]): boolean => issues.length > 0 && issues.every((issue) => issue.kind === 'missing-file');

const failed = (query: Query) => query.state.status === 'error';

/** Every file whose reading failed read again (a failed download is not kept, fetch-text.ts), and what the footer said had not come for offline use. */
const readFailedAgain = (client: QueryClient) => {
  void client.refetchQueries({ predicate: failed });
  // After the refetch has begun: the background pass then finds those files being read, and does not download them twice.
  tryOfflineAgain();
};

/** Reads again what did not come: the hall's network is back. */
export function RetryButton() {
  const t = useCoreMessages();
  const client = useQueryClient();
  const retrying = useIsFetching({ predicate: failed }) > 0;
  return (
    <button type="button" className="button primary" disabled={retrying} onClick={() => readFailedAgain(client)}>
      {retrying ? t.retrying : t.retry}
    </button>
  );
}

/** One error card per data file that could not be read; the rest of the view keeps working. */
export function FileErrors({ errors }: { errors: readonly DataFileError[] }) {
  const t = useCoreMessages();
  return (
    <>
      {errors.map((error) => {
        const retry = notDownloaded(error.issues);
        return (
          <ErrorCallout
            key={error.file}
            title={t.fileErrorTitle(error.file)}
            issues={error.issues}
            help={retry ? t.downloadErrorHelp : t.fileErrorHelp}
            action={
              <p className="callout-actions">
                {retry && <RetryButton />}
                <ViewLink change={{ view: 'data' }} className={retry ? 'button' : 'button primary'}>
                  {t.importOffer.link}
                </ViewLink>
              </p>
            }
          />
        );
      })}
    </>
  );
}
