import { formatDate } from '@/i18n/format';
import { useRemoveImport, useRemovePlanImport } from '@/queries/imports-mutations';
import { useImports } from '@/queries/imports-queries';
import { useLang, useMessages } from '@/state/use-i18n';
import type { Catalog } from '@/domain/types';
import { shortOf } from '@/i18n/names';

/** The files imported in this browser, each removable to return to the bundled data. */
export function ImportedList({ catalog }: { catalog: Catalog }) {
  const t = useMessages().data;
  const lang = useLang();
  const imports = useImports().data;
  const batches = imports?.batches ?? [];
  const planBatches = imports?.planBatches ?? [];
  const remove = useRemoveImport();
  const removePlan = useRemovePlanImport();
  const indexName = (code: string) => shortOf(catalog.indices, code, lang);
  return (
    <section className="panel" aria-labelledby="imported-title">
      <h2 id="imported-title">{t.importedTitle}</h2>
      {batches.length + planBatches.length === 0 && <p className="muted">{t.importedNone}</p>}
      <ul className="imported-list">
        {batches.map((batch) => (
          <li key={batch.id}>
            <span>{t.importedItem(batch.fileName, formatDate(batch.importedAt), indexName(batch.index), batch.year, batch.figures.length)}</span>
            <button type="button" className="button" aria-label={`${t.remove}: ${batch.fileName}`} onClick={() => window.confirm(t.removeConfirm(batch.fileName)) && remove.mutate(batch.id)}>
              {t.remove}
            </button>
          </li>
        ))}
        {planBatches.map((batch) => (
          <li key={batch.id}>
            <span>{t.importedPlanItem(batch.fileName, formatDate(batch.importedAt), t.kinds[batch.file], batch.tasks.length + batch.targets.length)}</span>
            <button type="button" className="button" aria-label={`${t.remove}: ${batch.fileName}`} onClick={() => window.confirm(t.removeConfirm(batch.fileName)) && removePlan.mutate(batch.id)}>
              {t.remove}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
