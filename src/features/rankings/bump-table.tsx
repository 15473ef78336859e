import { ExportButtons } from '@/components/export-buttons';
import { formatRank } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import type { BumpModel } from './bump-model';
import { bumpExportTable } from './ranking-export';
import { nameIn } from '@/i18n/names';

/** The bump chart as a table: a row per unit, a column per year that has any rank. */
export function BumpTable({ bump, title, computed }: { bump: BumpModel; title: string; computed: boolean }) {
  const t = useMessages().rankings;
  const lang = useLang();
  const columns = bump.years.map((year, i) => ({ year, i })).filter(({ i }) => bump.table.some((row) => row.ranks[i]));
  return (
    <details className="bump-table">
      <summary>{t.showBumpTable}</summary>
      <div className="table-scroll-x">
        <table>
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.unit}</th>
              {columns.map(({ year }) => (
                <th key={year} scope="col" className="num">
                  {year}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {bump.table.map((row) => (
              <tr key={row.unit.code}>
                <th scope="row">{nameIn(row.unit, lang)}</th>
                {columns.map(({ year, i }) => {
                  const rank = row.ranks[i];
                  return (
                    <td key={year} className="num">
                      {rank ? formatRank(rank.rank, rank.rankOf, lang) : '—'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons shown={bumpExportTable(bump, columns.map((c) => c.year), t.unit, t.exportRankOf, (unit) => nameIn(unit, lang))} nameParts={[t.exportBumpName, title]} sources={bump.sources} />
      {computed && <p className="muted small">{t.computedRanks}</p>}
    </details>
  );
}
