import type { CsvCell, ExportTable } from '@/domain/export/csv-writer';
import { matchesSearch } from '@/domain/text';
import type { Catalog, Figure } from '@/domain/types';

export interface FigureFilter {
  year?: number;
  unitQuery: string;
  /** A component code, 'total', or undefined for every row. */
  component?: string;
  source?: string;
  origin: 'all' | 'bundled' | 'imported';
}

export const NO_FILTER: FigureFilter = { unitQuery: '', origin: 'all' };

/** Every figure of an index that passes the filter, newest year first. */
export function filterFigures(byYear: ReadonlyMap<number, readonly Figure[]>, filter: FigureFilter, catalog: Catalog): Figure[] {
  const years = [...byYear.keys()].filter((y) => filter.year === undefined || y === filter.year).sort((a, b) => b - a);
  return years.flatMap((year) =>
    (byYear.get(year) ?? []).filter((f) => {
      const unit = catalog.units.get(f.unit);
      return (
        (filter.component === undefined || f.component === filter.component) &&
        (filter.source === undefined || f.sources.includes(filter.source)) &&
        (filter.origin === 'all' || (filter.origin === 'imported') === Boolean(f.imported)) &&
        (filter.unitQuery === '' || matchesSearch(filter.unitQuery, f.unit, unit?.nameVi ?? '', unit?.nameEn ?? ''))
      );
    }),
  );
}

export interface ShownColumns {
  year: string;
  unit: string;
  component: string;
  score: string;
  rank: string;
  rankOf: string;
  status: string;
  sources: string;
  origin: string;
}

/** The table as shown: names instead of codes, sources by title, where each figure came from. */
export function shownTable(figures: readonly Figure[], catalog: Catalog, columns: ShownColumns, label: { unit: (code: string) => string; component: (code: string) => string; status: (f: Figure) => string; origin: (f: Figure) => string }): ExportTable {
  return {
    header: [columns.year, columns.unit, columns.component, columns.score, columns.rank, columns.rankOf, columns.status, columns.sources, columns.origin],
    rows: figures.map((f): CsvCell[] => [f.year, label.unit(f.unit), label.component(f.component), f.score, f.rank, f.rankOf, label.status(f), f.sources.map((id) => catalog.sources.get(id)?.title ?? id).join('; '), label.origin(f)]),
  };
}
