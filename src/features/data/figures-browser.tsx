import { useId, useState } from 'react';
import { ExportButtons } from '@/components/export-buttons';
import { canonicalTable } from '@/domain/export/canonical';
import { TOTAL, type Catalog, type Figure } from '@/domain/types';
import { formatDate, formatDecimal, formatInteger } from '@/i18n/format';
import { useIndexFigures } from '@/queries/use-index-figures';
import { useLang, useMessages } from '@/state/use-i18n';
import { selectIndex, selectYear } from '@/state/selection';
import { useUpdateView, useViewValues } from '@/state/use-view';
import { filterFigures, NO_FILTER, shownTable, type FigureFilter } from './figures-filter';
import { FiguresFilterForm } from './figures-filter-form';
import { Pager, usePaging } from './pager';
import { nameOf, shortIn } from '@/i18n/names';
import { textLang } from '@/i18n/text-lang';

const PAGE = 100;

/** Every figure of an index, filtered, with its source, and exported as shown or in the canonical schema. */
export function FiguresBrowser({ catalog }: { catalog: Catalog }) {
  const messages = useMessages();
  const t = messages.data;
  const lang = useLang();
  const state = useViewValues('index', 'year');
  const update = useUpdateView();
  const index = selectIndex(catalog, state.index);
  const [filter, setFilter] = useState<FigureFilter>({ ...NO_FILTER, component: TOTAL });
  // The totals alone (the first table shown) come from the build-time summary: no file is parsed for them.
  const { byYear, pending } = useIndexFigures(catalog, index?.code ?? '', filter.component === TOTAL ? 'totals' : 'all');
  const titleId = useId();
  const year = selectYear(byYear.keys(), state.year, 'all');
  const figures = filterFigures(byYear, { ...filter, year }, catalog);
  const paging = usePaging(figures.length, PAGE);
  if (!index) return null;
  const unitName = (code: string) => nameOf(catalog.units, code, lang);
  const componentName = (code: string) => (code === TOTAL ? t.totalOnly : code);
  const origin = (f: Figure) => (f.imported ? messages.importedFrom(f.imported.file, formatDate(f.imported.importedAt)) : t.bundled);
  const shown = shownTable(figures, catalog, t.columns, { unit: unitName, component: componentName, status: (f) => messages.statuses[f.status], origin });
  const indexName = shortIn(index, lang);
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t.browserTitle(indexName)}</h2>
      <FiguresFilterForm catalog={catalog} index={index.code} years={[...byYear.keys()].sort((a, b) => b - a)} year={year} filter={filter} onIndex={(code) => update({ index: code, year: undefined })} onYear={(y) => update({ year: y })} onChange={(next) => (setFilter(next), paging.setPage(0))} />
      <p className="muted" data-testid="figure-count">
        {pending ? messages.loading : t.count(formatInteger(figures.length, lang))}
      </p>
      <ExportButtons shown={shown} full={year === undefined ? undefined : canonicalTable(figures)} nameParts={[index.code, year, filter.unitQuery, t.exportName]} />
      {year === undefined && <p className="hint">{t.fullNeedsYear}</p>}
      <div className="table-scroll">
        <table className="figures-table">
          <caption className="visually-hidden">{t.browserTitle(indexName)}</caption>
          <thead>
            <tr>
              {shown.header.map((column) => (
                <th key={column} scope="col">
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.slice(paging.start, paging.end).map((f, i) => (
              <tr key={`${f.year}|${f.unit}|${f.component}|${i}`} className={f.imported ? 'imported' : undefined}>
                <td>{f.year}</td>
                <th scope="row">{unitName(f.unit)}</th>
                <td>{componentName(f.component)}</td>
                <td className="num">{f.score === undefined ? '—' : formatDecimal(f.score, lang)}</td>
                <td className="num">{f.rank ?? '—'}</td>
                <td className="num">{f.rankOf ?? '—'}</td>
                <td>{messages.statuses[f.status]}</td>
                <td>
                  {f.sources.map((id, j) => {
                    const source = catalog.sources.get(id);
                    return (
                      <span key={id}>
                        {j > 0 && '; '}
                        {source?.url ? (
                          <a href={source.url} target="_blank" rel="noreferrer noopener" lang={textLang(source.title)}>
                            {source.title}
                          </a>
                        ) : source ? (
                          <span lang={textLang(source.title)}>{source.title}</span>
                        ) : (
                          id
                        )}
                      </span>
                    );
                  })}
                </td>
                <td>{origin(f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager paging={paging} label={t.pages} />
    </section>
  );
}
