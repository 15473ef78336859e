import { useQueries } from '@tanstack/react-query';
import { DataFileError } from '@/domain/issues';
import type { FiguresByYear } from '@/domain/results';
import type { Catalog, Figure } from '@/domain/types';
import { FIGURE_FILES } from './data-files';
import { figureFileQuery } from './data-queries';

export interface IndexFigures {
  byYear: FiguresByYear;
  errors: DataFileError[];
  pending: boolean;
}

/** All yearly files of one index; a file that fails is reported, never silently dropped. */
export function useIndexFigures(catalog: Catalog | undefined, index: string): IndexFigures {
  const files = FIGURE_FILES.filter((file) => file.index === index);
  return useQueries({
    queries: files.map((file) => figureFileQuery(file, catalog)),
    combine: (results) => {
      const byYear = new Map<number, readonly Figure[]>();
      const errors: DataFileError[] = [];
      results.forEach((result, i) => {
        const file = files[i];
        if (file && result.data) byYear.set(file.year, result.data);
        if (result.error) errors.push(result.error instanceof DataFileError ? result.error : new DataFileError(file?.name ?? index, [{ file: file?.name ?? index, line: 0, kind: 'missing-file', detail: result.error.message }]));
      });
      return { byYear, errors, pending: results.some((result) => result.isPending) };
    },
  });
}
