import { useCoreMessages } from '@/state/use-i18n';
import { tryOfflineAgain, useOfflineReadiness } from '@/state/offline-store';

/** Says once everything has come that the dashboard now works with the network gone, or that some of it did not come, with "try again". */
export function OfflineStatus() {
  const t = useCoreMessages();
  const readiness = useOfflineReadiness((state) => state.readiness);
  return (
    <p className={`offline-status offline-${readiness}`}>
      <span role="status">{t.offline[readiness]}</span>
      {readiness === 'incomplete' && (
        <button type="button" className="button" onClick={tryOfflineAgain}>
          {t.retry}
        </button>
      )}
    </p>
  );
}
