import { CHANGE_COLUMN, INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import type { CsvCell, ExportTable } from '@/domain/export/csv-writer';
import type { Lang } from '@/i18n/format';
import type { Messages } from '@/i18n/vi';
import type { Unit } from '@/domain/types';
import type { BumpModel } from './bump-model';
import type { RankingsModel } from './rankings-model';
import { nameIn, shortIn } from '@/i18n/names';

/** The ranking table exactly as shown (its rows, labels, the regions' short names), with numbers as numbers and the rank's denominator beside it. */
export function rankingExportTable(model: RankingsModel, t: Messages['rankings'], statuses: Messages['statuses'], lang: Lang, rows = model.rows): ExportTable {
  const name = (unit: { nameVi: string; nameEn: string }) => nameIn(unit, lang);
  return {
    header: [model.index.rankKind === 'computed' ? t.rankComputed : t.columns.rank, t.exportRankOf, t.columns.name, t.columns.score, t.columns.places, t.columns.points, t.columns.region, t.columns.band, t.exportStatus],
    rows: rows.map((row): CsvCell[] => [
      row.rank?.rank,
      row.rank?.rankOf,
      name(row.unit),
      row.score,
      row.change?.places,
      row.change?.points,
      row.region ? shortIn(row.region, lang) : undefined,
      row.band ? t.bandsShort[row.band] : undefined,
      statuses[row.status],
    ]),
    columns: [INTEGER_COLUMN, INTEGER_COLUMN, undefined, scoreColumn(model.index.scoreUnit), { ...INTEGER_COLUMN, signed: true }, CHANGE_COLUMN],
  };
}

/** The rank-over-time table as shown: a row per unit, for each year its rank and the number ranked. */
export function bumpExportTable(bump: BumpModel, years: readonly number[], unitLabel: string, outOf: string, name: (unit: Unit) => string): ExportTable {
  return {
    header: [unitLabel, ...years.flatMap((year) => [String(year), `${year} ${outOf}`])],
    rows: bump.table.map((row) => [
      name(row.unit),
      ...years.flatMap((year): CsvCell[] => {
        const rank = row.ranks[bump.years.indexOf(year)];
        return [rank?.rank, rank?.rankOf];
      }),
    ]),
    columns: [undefined, ...years.flatMap(() => [INTEGER_COLUMN, INTEGER_COLUMN])],
  };
}
