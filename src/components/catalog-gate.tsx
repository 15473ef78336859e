import type { ReactNode } from 'react';
import { DataFileError } from '@/domain/issues';
import type { Catalog } from '@/domain/types';
import { useCatalog } from '@/queries/use-catalog';
import { useMessages } from '@/state/use-i18n';
import { ErrorCallout } from './error-callout';

/** Renders its children once the catalogue is loaded; shows why when it cannot be. */
export function CatalogGate({ children }: { children: (catalog: Catalog) => ReactNode }) {
  const t = useMessages();
  const { data: catalog, error } = useCatalog();
  if (error) {
    const issues = error instanceof DataFileError ? error.issues : [{ file: 'data', line: 0, kind: 'missing-file' as const, detail: error.message }];
    return <ErrorCallout title={t.catalogErrorTitle} issues={issues} help={t.fileErrorHelp} />;
  }
  if (!catalog) return <p className="muted">{t.loading}</p>;
  return <>{children(catalog)}</>;
}
