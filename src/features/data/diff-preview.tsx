import { useId } from 'react';
import type { FigureDiff } from '@/domain/import/diff';
import type { Catalog, Figure } from '@/domain/types';
import { formatRank, formatScore } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { Pager, usePaging } from './pager';
import { nameOf } from '@/i18n/names';

/** Rows of the preview on one page: a screenful. */
const ROWS_PER_PAGE = 15;

export function DiffPreview({ diff, catalog, percent }: { diff: FigureDiff; catalog: Catalog; percent: boolean }) {
  const t = useMessages().data;
  const lang = useLang();
  const titleId = useId();
  const show = (f?: Figure) =>
    !f ? '—' : [f.score !== undefined && formatScore(f.score, percent && f.component === 'total' ? 'percent' : 'points', lang), f.rank !== undefined && f.rankOf !== undefined && formatRank(f.rank, f.rankOf, lang)].filter(Boolean).join(' · ') || '—';
  const rows = diff.rows;
  const paging = usePaging(rows.length, ROWS_PER_PAGE);
  const unitName = (code: string) => nameOf(catalog.units, code, lang);
  return (
    <section className="diff-preview" aria-labelledby={titleId}>
      <h3 id={titleId}>{t.diffTitle}</h3>
      <p className="strong" data-testid="diff-counts">
        {t.diffCounts(diff.added, diff.changed, diff.removed, diff.unchanged)}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t.diffUnit}</th>
                <th scope="col">{t.diffComponent}</th>
                <th scope="col">{t.diffKindColumn}</th>
                <th scope="col">{t.diffBefore}</th>
                <th scope="col">{t.diffAfter}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(paging.start, paging.end).map((row) => (
                <tr key={`${row.after.unit}|${row.after.component}`}>
                  <th scope="row">{unitName(row.after.unit)}</th>
                  <td>{row.after.component}</td>
                  <td>{t.diffKind[row.kind]}</td>
                  <td className="num">{show(row.before)}</td>
                  <td className="num">{show(row.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager paging={paging} label={t.diffPages} />
    </section>
  );
}
