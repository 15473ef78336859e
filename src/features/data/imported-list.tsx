import { formatDate } from '@/i18n/format';
import { useImports, useRemoveImport } from '@/queries/imports-queries';
import { useLang, useMessages } from '@/state/use-i18n';
import type { Catalog } from '@/domain/types';

/** The files imported in this browser, each removable to return to the bundled data. */
export function ImportedList({ catalog }: { catalog: Catalog }) {
  const t = useMessages().data;
  const lang = useLang();
  const batches = useImports().data?.batches ?? [];
  const remove = useRemoveImport();
  const indexName = (code: string) => {
    const index = catalog.indices.get(code);
    return index ? (lang === 'vi' ? index.shortVi : index.shortEn) : code;
  };
  return (
    <section className="panel" aria-labelledby="imported-title">
      <h2 id="imported-title">{t.importedTitle}</h2>
      {batches.length === 0 && <p className="muted">{t.importedNone}</p>}
      <ul className="imported-list">
        {batches.map((batch) => (
          <li key={batch.id}>
            <span>{t.importedItem(batch.fileName, formatDate(batch.importedAt), indexName(batch.index), batch.year, batch.figures.length)}</span>
            <button type="button" className="button" aria-label={`${t.remove}: ${batch.fileName}`} onClick={() => window.confirm(t.removeConfirm(batch.fileName)) && remove.mutate(batch.id)}>
              {t.remove}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
