import { useMemo, type ReactNode } from 'react';
import { asDataFileError } from '@/domain/issues';
import type { Catalog } from '@/domain/types';
import { useImports } from '@/queries/imports-queries';
import { useCatalog } from '@/queries/use-catalog';
import { useCoreMessages } from '@/state/use-i18n';
import { ErrorCallout, notDownloaded, RetryButton } from './error-callout';

/**
 * Renders its children once the catalogue is loaded (with the sources typed in during imports
 * added to it); shows why when it cannot be loaded.
 */
export function CatalogGate({ children }: { children: (catalog: Catalog) => ReactNode }) {
  const t = useCoreMessages();
  const { data: bundled, error } = useCatalog();
  const batches = useImports().data?.batches;
  const catalog = useMemo(() => {
    const typed = batches?.flatMap((batch) => batch.sources) ?? [];
    return bundled && typed.length > 0 ? { ...bundled, sources: new Map([...bundled.sources, ...typed.map((s) => [s.id, s] as const)]) } : bundled;
  }, [bundled, batches]);
  if (error) {
    const { issues } = asDataFileError(error, 'data');
    const retry = notDownloaded(issues);
    return <ErrorCallout title={t.catalogErrorTitle} issues={issues} help={retry ? t.catalogDownloadHelp : t.catalogErrorHelp} action={retry && <RetryButton />} />;
  }
  if (!catalog) return <p className="muted">{t.loading}</p>;
  return <>{children(catalog)}</>;
}
