import { CatalogGate } from '@/components/catalog-gate';
import { useMessages } from '@/state/use-i18n';
import { FiguresBrowser } from './figures-browser';
import { ImportedList } from './imported-list';
import { ImportPanel } from './import-panel';

export function DataView() {
  const t = useMessages().data;
  return (
    <CatalogGate>
      {(catalog) => (
        <div className="data-view stack">
          <div className="page-heading">
            <h1>{t.title}</h1>
            <p className="muted">{t.intro}</p>
          </div>
          <ImportPanel catalog={catalog} />
          <ImportedList catalog={catalog} />
          <FiguresBrowser catalog={catalog} />
        </div>
      )}
    </CatalogGate>
  );
}
