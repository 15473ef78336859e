import { INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import type { CsvCell, ExportTable } from '@/domain/export/csv-writer';
import type { Measure } from '@/state/view-state';
import { denominatorKey } from '@/domain/series/split-series';
import type { TrendsModel } from './trends-model';

/** The trend table as shown: a column per unit or reference line, and for ranks a column with each denominator. */
export function trendExportTable(model: TrendsModel, measure: Measure, labels: { year: string; outOf: (label: string) => string }): ExportTable {
  const columns = [...new Map(model.series.map((s) => [s.legendKey ?? s.key, s.label])).entries()];
  const valueKey = (row: TrendsModel['rows'][number], legendKey: string) =>
    model.series.find((s) => (s.legendKey ?? s.key) === legendKey && typeof row[s.key] === 'number')?.key;
  const header = [labels.year, ...columns.flatMap(([, label]) => (measure === 'rank' ? [label, labels.outOf(label)] : [label]))];
  const rows = model.rows.map((row) => [
    row.year,
    ...columns.flatMap(([legendKey]): CsvCell[] => {
      const key = valueKey(row, legendKey);
      const value = key ? (row[key] as number) : undefined;
      if (measure !== 'rank') return [value];
      const of = key ? row[denominatorKey(key)] : undefined;
      return [value, typeof of === 'number' ? of : undefined];
    }),
  ]);
  const score = scoreColumn(model.index.scoreUnit);
  return { header, rows, columns: [undefined, ...columns.flatMap(() => (measure === 'rank' ? [INTEGER_COLUMN, INTEGER_COLUMN] : [score]))] };
}
