import { ViewLink } from '@/components/view-link';
import type { PlanData } from '@/domain/plans-types';
import { formatInteger } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { agencyRows } from './task-groups';
import { nameIn } from '@/i18n/names';

/** The line per agency a director scans for late tasks; each agency opens its own page. */
export function AgencyTable({ data, today }: { data: PlanData; today: string }) {
  const t = useMessages().plans;
  const lang = useLang();
  const c = t.lateColumns;
  return (
    <div className="table-scroll">
      <table className="agency-table">
        <caption>{t.lateCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{c.agency}</th>
            <th scope="col">{c.overdue}</th>
            <th scope="col">{c.open}</th>
            <th scope="col">{c.done}</th>
            <th scope="col">{c.total}</th>
          </tr>
        </thead>
        <tbody>
          {agencyRows(data.tasks, today).map((row) => {
            const agency = data.agencies.get(row.agency);
            return (
              <tr key={row.agency} className={row.overdue > 0 ? 'task-overdue' : undefined}>
                <th scope="row">
                  <ViewLink change={{ view: 'plans', agency: row.agency, plan: undefined }}>{agency ? nameIn(agency, lang) : row.agency}</ViewLink>
                </th>
                <td className="num strong">{formatInteger(row.overdue, lang)}</td>
                <td className="num">{formatInteger(row.open, lang)}</td>
                <td className="num">{formatInteger(row.done, lang)}</td>
                <td className="num">{formatInteger(row.total, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
