import type { Figure } from '@/domain/types';
import type { ExportTable } from './csv-writer';

export const CANONICAL_HEADER = ['unit', 'component', 'score', 'rank', 'rank_of', 'status', 'source', 'derivation', 'note'];

/** Figures in the schema of data/<index>/<year>.csv: exported, they re-import with no change. */
export function canonicalTable(figures: readonly Figure[]): ExportTable {
  return {
    header: CANONICAL_HEADER,
    rows: figures.map((f) => [f.unit, f.component, f.score, f.rank, f.rankOf, f.status, f.sources.join(';'), f.derivation, f.note]),
  };
}

/**
 * Figures of several indices or years: the canonical columns after the index and year they belong
 * to, then `computed` ("yes" for a figure worked out by the arithmetic in `derivation`, such as a
 * PAPI dimension summed from its sub-dimensions, which the schema files under `published`), and last
 * the imported file (and date) a figure comes from, blank for bundled figures.
 */
export function longTable(figures: readonly Figure[]): ExportTable {
  const canonical = canonicalTable(figures);
  return {
    header: ['index', 'year', ...canonical.header, 'computed', 'imported_from'],
    rows: canonical.rows.map((row, i) => {
      const figure = figures[i];
      const origin = figure?.imported && `${figure.imported.file} (${figure.imported.importedAt.slice(0, 10)})`;
      return [figure?.index, figure?.year, ...row, figure?.derivation ? 'yes' : 'no', origin];
    }),
  };
}
