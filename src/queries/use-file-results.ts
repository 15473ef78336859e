import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FigureSummary } from '@/domain/figure-summary';
import type { Figure } from '@/domain/types';
import type { FigureFile } from './data-files';
import { figureFileQuery, figureSummaryQuery, summaryTotals, type FigurePart } from './data-queries';

/** What a view knows of one yearly file: its figures once they are in, or why they are not. */
export interface FileResult {
  data?: Figure[];
  error?: Error | null;
  isPending: boolean;
}

/** Each file's totals as read from the summary (or the summary's own state while it loads or if it failed). */
export function totalsFromSummary(files: readonly FigureFile[], summary: { data?: FigureSummary; error: Error | null; isPending: boolean }): FileResult[] {
  return files.map((file) => {
    if (!summary.data) return { error: summary.error, isPending: summary.isPending };
    const totals = summaryTotals(summary.data, file);
    return totals instanceof Error ? { error: totals, isPending: false } : { data: totals, isPending: false };
  });
}

/**
 * Each file's figures, combined: whole files one query each (each parsed in the worker as it comes), totals all from
 * the one summary query. One observer per file for totals cost every render of a view of totals ~30 observers (14
 * for PAPI alone) for figures that arrive together anyway. `combine` must be stable (useCallback).
 */
export function useFileResults<T>(files: readonly FigureFile[], part: FigurePart, enabled: boolean, combine: (results: FileResult[]) => T): T {
  const whole = useQueries({ queries: part === 'all' ? files.map((file) => ({ ...figureFileQuery(file), enabled })) : [], combine });
  const { data, error, isPending } = useQuery({ ...figureSummaryQuery, enabled: enabled && part === 'totals' });
  const totals = useMemo(() => (part === 'totals' ? combine(totalsFromSummary(files, { data, error, isPending })) : undefined), [part, combine, files, data, error, isPending]);
  return totals ?? whole;
}
