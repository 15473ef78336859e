import type { ComparisonRow } from '@/domain/component-comparison';
import type { ComponentResult } from '@/domain/component-results';
import { CHANGE_COLUMN, INTEGER_COLUMN, scoreColumn } from '@/domain/export/column-format';
import type { ExportTable } from '@/domain/export/csv-writer';
import type { ScoreUnit } from '@/domain/types';
import type { Heatmap } from './heatmaps';

type Columns = { name: string; score: string; max: string; mean: string; group: string; pct: string; lost: string; best: string; change: string };

/** The components table as shown, in the order shown, numbers as numbers. */
export function componentsExportTable(rows: readonly ComponentResult[], columns: Columns, code: string, name: (r: ComponentResult) => string, scoreUnit: ScoreUnit): ExportTable {
  return {
    header: [code, columns.name, columns.score, columns.max, columns.mean, columns.group, columns.pct, columns.lost, columns.best, columns.change],
    rows: rows.map((r) => [r.component.code, name(r), r.score, r.max, r.gapToMean, r.gapToGroup, r.pctOfRange, r.pointsLost, r.gapToBest, r.change]),
    // The maximum has 0, 1 or 2 decimals as it needs (formatMax): Excel's General shows it so.
    columns: [undefined, undefined, scoreColumn(scoreUnit), undefined, CHANGE_COLUMN, CHANGE_COLUMN, { decimals: 1, percent: true }, { decimals: 2 }, CHANGE_COLUMN, CHANGE_COLUMN],
  };
}

/** "Year A vs year B" as shown: the column names on screen, largest fall first, numbers as numbers. */
export function comparisonExportTable(rows: readonly ComparisonRow[], header: readonly string[], name: (r: ComparisonRow) => string, scoreUnit: ScoreUnit): ExportTable {
  return {
    header: [...header],
    rows: rows.map((r) => [r.component.code, name(r), r.scoreA, r.scoreB, r.change]),
    columns: [undefined, undefined, scoreColumn(scoreUnit), scoreColumn(scoreUnit), CHANGE_COLUMN],
  };
}

/** A heatmap as shown: its rows and columns, each cell the % of the maximum, shown without decimals. */
export function heatmapExportTable(heatmap: Heatmap, corner: string): ExportTable {
  return {
    header: [corner, ...heatmap.columns.map((c) => c.label)],
    rows: heatmap.rows.map((row) => [row.label, ...row.cells]),
    columns: [undefined, ...heatmap.columns.map(() => INTEGER_COLUMN)],
  };
}
