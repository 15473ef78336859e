import { useCoreMessages } from '@/state/use-i18n';
import { useOfflineReadiness } from '@/state/offline-store';

/** Says once everything has come that the dashboard now works with the network gone, or that some of it did not come. */
export function OfflineStatus() {
  const t = useCoreMessages().offline;
  const readiness = useOfflineReadiness((state) => state.readiness);
  return (
    <p role="status" className={`offline-status offline-${readiness}`}>
      {t[readiness]}
    </p>
  );
}
