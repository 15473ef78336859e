import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { mergeFigures } from '@/domain/import/merge';
import { asDataFileError, type DataFileError } from '@/domain/issues';
import type { FiguresByYear } from '@/domain/results';
import type { Catalog, Figure } from '@/domain/types';
import { FIGURE_FILES_NEWEST_FIRST, type FigureFile } from './data-files';
import type { FigurePart } from './data-queries';
import type { ImportBatch } from './imports-db';
import { importsQuery } from './imports-queries';
import { useFileResults, type FileResult } from './use-file-results';

export interface IndexFigures {
  /** Whole years only: a year whose bundled file is still loading is not in it, even when an import touches it. */
  byYear: FiguresByYear;
  errors: DataFileError[];
  pending: boolean;
  /** The years whose bundled file is still loading, newest first: each comes whole, as its file arrives. */
  loading: number[];
  /** Every year with a bundled file or an import, loaded or not; known once the imports are read. */
  years?: number[];
}

/** Imported figures on top of the bundled ones, year by year; a year may exist only in an import. */
export function withImports(bundled: ReadonlyMap<number, readonly Figure[]>, batches: readonly ImportBatch[], index: string): Map<number, readonly Figure[]> {
  const byYear = new Map(bundled);
  for (const batch of batches.filter((b) => b.index === index)) {
    byYear.set(batch.year, mergeFigures(byYear.get(batch.year) ?? [], batch.figures));
  }
  return byYear;
}

/**
 * The files whose figures arrived, the errors of those that failed (each naming its file, once: the totals of
 * every year fail as one when the summary cannot be read), and whether any is still loading.
 */
export function collectFileResults(files: readonly FigureFile[], results: readonly FileResult[]) {
  const loaded: { file: FigureFile; figures: Figure[] }[] = [];
  const errors: DataFileError[] = [];
  results.forEach((result, i) => {
    const file = files[i];
    if (!file) return;
    if (result.data) loaded.push({ file, figures: result.data });
    const error = result.error && asDataFileError(result.error, file.name);
    if (error && !errors.some((known) => known.file === error.file)) errors.push(error);
  });
  const loading = results.flatMap((result, i) => (result.isPending && files[i] ? [files[i].year] : []));
  return { loaded, errors, pending: loading.length > 0, loading };
}

/**
 * All yearly files of one index (or only their totals; or only the file of `year`), with the user's imports
 * applied; a file that fails is reported, never dropped. The files are asked for newest first: the latest
 * year, which views show first, arrives first.
 */
export function useIndexFigures(catalog: Catalog | undefined, index: string, part: FigurePart = 'all', year?: number): IndexFigures {
  const files = useMemo(() => FIGURE_FILES_NEWEST_FIRST.filter((file) => file.index === index && (year === undefined || file.year === year)), [index, year]);
  const imports = useQuery(importsQuery);
  // A stable combine: TanStack Query re-runs it (and hands out a new Map) only when a file's result changes.
  const combine = useCallback(
    (results: FileResult[]) => {
      const { loaded, errors, pending, loading } = collectFileResults(files, results);
      const byYear = new Map<number, readonly Figure[]>(loaded.map(({ file, figures }) => [file.year, figures] as const).sort(([a], [b]) => a - b));
      return { byYear, errors, pending, loading };
    },
    [files],
  );
  const bundled = useFileResults(files, part, catalog !== undefined, combine);
  const batches = imports.data?.batches;
  const importsPending = imports.isPending;
  return useMemo(() => {
    const imported = (batches ?? []).filter((batch) => batch.index === index).map((batch) => batch.year);
    // An import onto a year whose file is still loading waits for it: alone, it would be a partial year.
    const onWholeYears = (batches ?? []).filter((batch) => !bundled.loading.includes(batch.year));
    return {
      byYear: onWholeYears.length > 0 ? withImports(bundled.byYear, onWholeYears, index) : bundled.byYear,
      errors: bundled.errors,
      pending: bundled.pending || importsPending,
      loading: bundled.loading,
      years: batches && [...new Set([...files.map((file) => file.year), ...imported])].sort((a, b) => a - b),
    };
  }, [bundled, batches, importsPending, files, index]);
}
