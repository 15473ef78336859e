import type { ComponentResult } from '@/domain/component-results';
import type { ExportTable } from '@/domain/export/csv-writer';
import type { Heatmap } from './heatmaps';

type Columns = { name: string; score: string; max: string; pct: string; lost: string; mean: string; best: string; change: string };

/** The components table as shown, in the order shown, numbers as numbers. */
export function componentsExportTable(rows: readonly ComponentResult[], columns: Columns, code: string, name: (r: ComponentResult) => string): ExportTable {
  return {
    header: [code, columns.name, columns.score, columns.max, columns.pct, columns.lost, columns.mean, columns.best, columns.change],
    rows: rows.map((r) => [r.component.code, name(r), r.score, r.max, r.pctOfMax, r.pointsLost, r.gapToMean, r.gapToBest, r.change]),
  };
}

/** A heatmap as shown: its rows and columns, each cell the % of the maximum. */
export function heatmapExportTable(heatmap: Heatmap, corner: string): ExportTable {
  return { header: [corner, ...heatmap.columns.map((c) => c.label)], rows: heatmap.rows.map((row) => [row.label, ...row.cells]) };
}
