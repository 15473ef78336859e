import { parseCsvRows } from '@/domain/csv-table';
import { validateFigureRecords } from '@/domain/figures';
import type { DataIssue } from '@/domain/issues';
import { assessedIn } from '@/domain/lineage';
import { componentsOf, periodFor } from '@/domain/methodology';
import type { Catalog, Figure } from '@/domain/types';
import { detectDelimiter, type Delimiter } from './delimiter';
import type { DecimalMark } from './locale-number';
import { findHeaderRow, isCanonicalHeader, suggestTargets, type ColumnTarget } from './mapping';
import { canonicalRecords, wideRecords } from './to-records';
import { unitResolver } from './unit-names';

export interface ImportSettings {
  fileName: string;
  index: string;
  year: number;
  source: string;
  delimiter?: Delimiter;
  decimal?: DecimalMark;
  /** Index of the header among the non-blank rows; guessed when absent. */
  headerRow?: number;
  targets?: ColumnTarget[];
  rankOf?: number;
}

export interface ImportAnalysis {
  delimiter: Delimiter;
  headerRow: number;
  header: string[];
  /** A few rows under the header, for the mapping step. */
  preview: string[][];
  /** The first non-blank rows, to choose the header among them. */
  firstRows: string[][];
  shape: 'canonical' | 'wide';
  targets: ColumnTarget[];
  /** Denominator given to ranks when no column holds it: as chosen, or every unit of the level that year. */
  rankOf: number;
  figures: Figure[];
  issues: DataIssue[];
}

/** Everything between the text of a file and validated figures, with the guesses it made shown. */
export function analyzeImport(text: string, settings: ImportSettings, catalog: Catalog, onProgress?: (fraction: number) => void): ImportAnalysis {
  const { fileName, index, year } = settings;
  const delimiter = settings.delimiter ?? detectDelimiter(text);
  const { rows, issues } = parseCsvRows(fileName, text, delimiter, onProgress);
  const headerRow = Math.min(settings.headerRow ?? findHeaderRow(rows), Math.max(rows.length - 1, 0));
  const header = (rows[headerRow]?.cells ?? []).map((cell) => cell.trim());
  const body = rows.slice(headerRow + 1);
  const shape = isCanonicalHeader(header) ? 'canonical' : 'wide';
  const period = periodFor(catalog, index, year);
  const components = period ? componentsOf(catalog, period) : [];
  const targets = settings.targets ?? suggestTargets(header, components);
  const firstRows = rows.slice(0, 6).map((row) => row.cells);
  const level = catalog.indices.get(index)?.unitLevel ?? 'province';
  const rankOf = settings.rankOf ?? [...catalog.units.values()].filter((u) => u.level === level && assessedIn(u, year)).length;
  const base = { delimiter, headerRow, header, preview: body.slice(0, 5).map((row) => row.cells), firstRows, shape, targets, rankOf } as const;
  if (issues.length > 0) return { ...base, figures: [], issues };

  const options = { resolveUnit: unitResolver(catalog, year, level), decimal: settings.decimal ?? 'auto', source: settings.source, rankOf };
  if (shape === 'wide' && !targets.some((t) => t.kind === 'unit')) {
    return { ...base, figures: [], issues: [{ file: fileName, line: rows[headerRow]?.line ?? 1, kind: 'missing-column', column: 'unit' }] };
  }
  const records = shape === 'canonical' ? canonicalRecords(header, body, options) : wideRecords(header, body, targets, options);
  if (records.length === 0) return { ...base, figures: [], issues: [{ file: fileName, line: 0, kind: 'empty-file' }] };
  const result = validateFigureRecords(fileName, index, year, records, catalog);
  return { ...base, figures: result.figures, issues: result.issues };
}
