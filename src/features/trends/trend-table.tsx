import type { PointFormatter } from '@/charts/types';
import { ExportButtons } from '@/components/export-buttons';
import { longTable } from '@/domain/export/canonical';
import { useMessages } from '@/state/use-i18n';
import type { Measure } from '@/state/view-state';
import { trendExportTable } from './trend-export';
import type { TrendsModel } from './trends-model';

/** The table behind the chart: one row per year, one column per unit or reference line. */
export function TrendTable({ model, title, formatPoint, measure }: { model: TrendsModel; title: string; formatPoint: PointFormatter; measure: Measure }) {
  const t = useMessages().trends;
  const columns = [...new Map(model.series.map((s) => [s.legendKey ?? s.key, s.label])).entries()];
  const cell = (row: (typeof model.rows)[number], legendKey: string) => {
    const key = model.series.find((s) => (s.legendKey ?? s.key) === legendKey && typeof row[s.key] === 'number')?.key;
    return key ? formatPoint(row[key] as number, key, row) : '—';
  };
  return (
    <details className="table-alternative">
      <summary>{t.showTable}</summary>
      <div className="table-scroll">
        <table>
          <caption>{t.tableCaption(title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t.year}</th>
              {columns.map(([key, label]) => (
                <th key={key} scope="col">
                  {label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.rows.map((row) => (
              <tr key={String(row.year)}>
                <th scope="row">{String(row.year)}</th>
                {columns.map(([key]) => (
                  <td key={key} className="num">
                    {cell(row, key)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons
        shown={trendExportTable(model, measure, { year: t.year, outOf: t.outOf })}
        full={longTable(model.figures)}
        nameParts={[model.index.code, `${model.range.from}-${model.range.to}`, measure === 'rank' ? t.measureRank : t.measureScore]}
        sources={model.sources}
      />
    </details>
  );
}
