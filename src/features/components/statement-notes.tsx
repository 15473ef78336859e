import { SourceLine } from '@/components/source-line';
import { sourcesById } from '@/domain/sources';
import type { Catalog } from '@/domain/types';
import { useLang, useMessages } from '@/state/use-i18n';
import type { StatementCheck } from './components-model';
import { textIn } from '@/i18n/names';

/** Published statements shown beside the data, saying whether they agree with it. */
export function StatementNotes({ checks, catalog, up, down }: { checks: readonly StatementCheck[]; catalog: Catalog; up: number; down: number }) {
  const t = useMessages().components;
  const lang = useLang();
  if (checks.length === 0) return null;
  return (
    <aside className="statements" aria-label={t.statementTitle}>
      {checks.map(({ statement, agrees }) => (
        <div key={statement.textEn} className={agrees ? 'note' : 'note note-warning'}>
          <p>
            <span className="strong">{t.statementTitle}: </span>
            {textIn(statement, lang)}
          </p>
          <p>{agrees ? t.statementAgrees : t.statementDisagrees(up, down)}</p>
          <SourceLine sources={sourcesById(catalog, statement.sources)} />
        </div>
      ))}
    </aside>
  );
}
