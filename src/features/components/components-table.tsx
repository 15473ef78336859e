import { ExportButtons } from '@/components/export-buttons';
import type { ComponentResult } from '@/domain/component-results';
import { longTable } from '@/domain/export/canonical';
import type { Figure, Source } from '@/domain/types';
import { componentsExportTable } from './components-export';
import { formatNumber, formatScore, formatSigned } from '@/i18n/format';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView, useViewValue } from '@/state/use-view';
import { parseSort, sortParam, sortRows, SORT_KEYS, type SortKey } from './sort-rows';
import { formatMax } from './summary';
import { nameIn } from '@/i18n/names';

interface ComponentsTableProps {
  rows: readonly ComponentResult[];
  /** The unit's figures behind the table, and what the file name should say. */
  figures: readonly Figure[];
  nameParts: readonly (string | number | undefined)[];
  sources: readonly Source[];
  caption: string;
  previousYear: number;
  percent: boolean;
  childCount: (code: string) => number;
  childNoun: string;
  /** The short name of the region or peer group compared with (ĐBSCL). */
  groupName: string;
}

/** The drivers chart names this table, whose last column it draws, as its text alternative (aria-details). */
export const COMPONENTS_TABLE_ID = 'components-table';

export function ComponentsTable({ rows, figures, nameParts, sources, caption, previousYear, percent, childCount, childNoun, groupName }: ComponentsTableProps) {
  const t = useMessages().components;
  const lang = useLang();
  const sortKey = useViewValue('sort');
  const update = useUpdateView();
  const sort = parseSort(sortKey);
  const name = (r: ComponentResult) => nameIn(r.component, lang);
  const number = (value: number | undefined, signed = false) => (value === undefined ? '—' : signed ? formatSigned(value, lang) : formatNumber(value, lang));
  // A mean computed from the provinces (PAPI) says so in its column's name: the mean of the provinces, computed.
  const computed = (mean: 'mean' | 'groupMean') => rows.some((r) => r[mean]?.kind === 'computed');
  const mark = (label: string, mean: 'mean' | 'groupMean') => (computed(mean) ? t.computedMark(label) : label);
  const columns = { ...t.columns, mean: mark(computed('mean') ? t.columns.provincesMean : t.columns.mean, 'mean'), group: mark(t.columns.group(groupName), 'groupMean') };
  const header = (key: SortKey) => {
    const active = sort.key === key;
    const label = key === 'change' ? `${columns.change} ${t.changeSince(previousYear)}` : columns[key];
    const next = { key, descending: active ? !sort.descending : key !== 'name' };
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => update({ sort: sortParam(next) })}>
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  const sorted = sortRows(rows, sort);
  return (
    <>
      <ExportButtons shown={componentsExportTable(sorted, columns, t.code, name, percent ? 'percent' : 'points')} full={longTable(figures)} nameParts={nameParts} sources={sources} />
      <div className="table-scroll">
        <table id={COMPONENTS_TABLE_ID} className="components-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {SORT_KEYS.slice(0, 2).map(header)}
              <th scope="col">{t.columns.max}</th>
              {SORT_KEYS.slice(2).map(header)}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.component.code}>
                <th scope="row">
                  <span className="code">{r.component.code}</span> {name(r)}
                  {childCount(r.component.code) > 0 && (
                    <button type="button" className="link-button" onClick={() => update({ component: r.component.code, sort: undefined })}>
                      {t.drill(childCount(r.component.code), childNoun)}
                    </button>
                  )}
                </th>
                <td className="num">{r.score === undefined ? '—' : formatScore(r.score, percent ? 'percent' : 'points', lang)}</td>
                <td className="num">{r.max === undefined ? '—' : formatMax(r.max, lang)}</td>
                <td className={`num strong ${(r.gapToMean ?? 0) < 0 ? 'down' : 'up'}`}>{number(r.gapToMean, true)}</td>
                <td className={`num ${(r.gapToGroup ?? 0) < 0 ? 'down' : 'up'}`}>{number(r.gapToGroup, true)}</td>
                <td className="num">{r.pctOfRange === undefined ? '—' : `${formatNumber(r.pctOfRange, lang, 1)}%`}</td>
                <td className="num">{number(r.pointsLost)}</td>
                <td className="num">{number(r.gapToBest, true)}</td>
                <td className={`num ${(r.change ?? 0) < 0 ? 'down' : 'up'}`}>{number(r.change, true)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
