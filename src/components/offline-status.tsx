import { useId } from 'react';
import { useCoreMessages } from '@/state/use-i18n';
import { tryOfflineAgain, useOfflineReadiness } from '@/state/offline-store';

/**
 * Says once everything has come that the dashboard now works with the network gone, or that some of it did not come,
 * with "try again". The button stays while it tries, marked disabled but not `disabled`, which would drop the keyboard's
 * focus (in the presentation, a key pressed with the focus nowhere turns the slide); a press then does nothing.
 */
export function OfflineStatus() {
  const t = useCoreMessages();
  const { readiness, attempt } = useOfflineReadiness();
  const statusId = useId();
  const retrying = readiness === 'loading' && attempt > 0;
  return (
    <p className={`offline-status offline-${readiness}`}>
      <span role="status" id={statusId}>
        {t.offline[readiness]}
      </span>
      {(readiness === 'incomplete' || retrying) && (
        <button type="button" className="button" aria-describedby={statusId} aria-disabled={retrying} onClick={tryOfflineAgain}>
          {retrying ? t.retrying : t.retry}
        </button>
      )}
    </p>
  );
}
