import { useId } from 'react';
import { ExportButtons } from '@/components/export-buttons';
import { SourceLine } from '@/components/source-line';
import type { ComparisonRow, YearComparison } from '@/domain/component-comparison';
import { longTable } from '@/domain/export/canonical';
import type { Figure, Source } from '@/domain/types';
import { formatScore, formatSigned } from '@/i18n/format';
import { nameIn } from '@/i18n/names';
import { useLang, useMessages } from '@/state/use-i18n';
import { useUpdateView } from '@/state/use-view';
import { comparisonExportTable } from './components-export';
import type { ComparisonChoice } from './components-model';

interface ComparisonPanelProps {
  choice: ComparisonChoice;
  indexName: string;
  unitName: string;
  /** What the rows are part of: the index and year, or the component drilled into. */
  parentName: string;
  /** The noun of the components at this level, for a change of sub-components. */
  noun: string;
  percent: boolean;
  nameParts: readonly (string | number | undefined)[];
}

/** "Year A vs year B": every component's score in two chosen years and the change, largest fall first, never across a change of method. */
export function ComparisonPanel({ choice, indexName, unitName, parentName, noun, percent, nameParts }: ComparisonPanelProps) {
  const t = useMessages().components;
  const update = useUpdateView();
  const ids = { from: useId(), to: useId() };
  const { years, result } = choice;
  if (!result) {
    return (
      <section className="panel comparison">
        <p className="note">{t.compare.none(unitName)}</p>
      </section>
    );
  }
  const { yearA, yearB } = result;
  const title = t.compare.title(yearA, yearB);
  return (
    <section className="panel comparison" aria-label={title}>
      <h2>{title}</h2>
      <div className="comparison-years">
        <label htmlFor={ids.from}>{t.compare.from}</label>
        <select id={ids.from} value={yearA} onChange={(e) => update({ compare: [Number(e.target.value), yearB] })}>
          {years.filter((y) => y < yearB).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
        <label htmlFor={ids.to}>{t.compare.to}</label>
        <select id={ids.to} value={yearB} onChange={(e) => update({ compare: [yearA, Number(e.target.value)] })}>
          {years.filter((y) => y > yearA).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      {result.methodBreak ? (
        <p className="note note-warning" role="status">
          {result.methodBreak.kind === 'total'
            ? t.compare.methodBreak(indexName, result.methodBreak.year, yearA, yearB)
            : t.compare.subcomponentsBreak(indexName, result.methodBreak.year, noun, yearA, yearB)}
        </p>
      ) : (
        <ComparisonTable result={result} caption={t.compare.caption(parentName, yearA, yearB)} percent={percent} nameParts={nameParts} figures={choice.figures} sources={choice.sources} />
      )}
    </section>
  );
}

interface ComparisonTableProps {
  result: YearComparison;
  caption: string;
  percent: boolean;
  nameParts: readonly (string | number | undefined)[];
  figures: readonly Figure[];
  sources: readonly Source[];
}

function ComparisonTable({ result, caption, percent, nameParts, figures, sources }: ComparisonTableProps) {
  const t = useMessages().components;
  const lang = useLang();
  const { yearA, yearB, rows } = result;
  const header = [t.code, t.columns.name, t.compare.score(yearA), t.compare.score(yearB), t.compare.change(yearA, yearB)];
  const name = (r: ComparisonRow) => nameIn(r.component, lang);
  const score = (value?: number) => (value === undefined ? '—' : formatScore(value, percent ? 'percent' : 'points', lang));
  return (
    <>
      <ExportButtons shown={comparisonExportTable(rows, header, name, percent ? 'percent' : 'points')} full={longTable(figures)} nameParts={[...nameParts, `${yearA}-${yearB}`, t.compare.fileName]} sources={sources} />
      <div className="table-scroll">
        <table className="components-table comparison-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              {header.slice(1).map((label) => (
                <th key={label} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.component.code}>
                <th scope="row">
                  <span className="code">{r.component.code}</span> {name(r)}
                </th>
                <td className="num">{score(r.scoreA)}</td>
                <td className="num">{score(r.scoreB)}</td>
                <td className={`num strong ${(r.change ?? 0) < 0 ? 'down' : 'up'}`}>{r.change === undefined ? '—' : formatSigned(r.change, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <SourceLine sources={sources} />
    </>
  );
}
