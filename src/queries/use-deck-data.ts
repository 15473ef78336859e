import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { DataFileError } from '@/domain/issues';
import type { FiguresByYear } from '@/domain/results';
import type { DeckData } from '@/domain/slides/deck-data';
import type { Catalog, Figure } from '@/domain/types';
import { FIGURE_FILES, type FigureFile } from './data-files';
import type { FigurePart } from './data-queries';
import { importsQuery } from './imports-queries';
import { useFileResults, type FileResult } from './use-file-results';
import { collectFileResults, withImports } from './use-index-figures';
import { usePlanData } from './use-plan-data';

export interface DeckDataState {
  data: DeckData;
  errors: DataFileError[];
  pending: boolean;
  /** Whether a yearly file or the imports are still loading: the plans aside, which a slide of scores does not read. */
  figuresPending: boolean;
}

/** The yearly files grouped by index. */
function byIndex(files: readonly FigureFile[], results: readonly FileResult[]) {
  const { loaded, errors, pending } = collectFileResults(files, results);
  const figures = new Map<string, Map<number, readonly Figure[]>>();
  for (const { file, figures: ofFile } of loaded) figures.set(file.index, (figures.get(file.index) ?? new Map()).set(file.year, ofFile));
  return { figures, errors, pending };
}

export interface DeckDataOptions {
  /** Nothing is read until then (pending meanwhile). */
  enabled?: boolean;
  /** Only this index's files (a slide of one index needs no other). */
  index?: string;
  /** Only the totals (slides that show no component: see showsTotals). */
  part?: FigurePart;
}

/** Every index's figures (imports applied) and the plans' targets: what a presentation of the unit is built from. */
export function useDeckData(catalog: Catalog, unit: string, { enabled = true, index, part = 'all' }: DeckDataOptions = {}): DeckDataState {
  const imports = useQuery(importsQuery);
  const plans = usePlanData();
  const files = useMemo(() => FIGURE_FILES.filter((file) => index === undefined || file.index === index), [index]);
  // A stable combine: TanStack Query re-runs it (and hands out new maps) only when a file's result changes.
  const combine = useCallback((results: FileResult[]) => byIndex(files, results), [files]);
  const bundled = useFileResults(files, part, enabled, combine);
  const batches = imports.data?.batches;
  const targets = plans.data?.targets;
  const planList = plans.data?.plans;
  const data = useMemo(() => {
    const figures = new Map<string, FiguresByYear>([...bundled.figures].map(([index, byYear]) => [index, withImports(byYear, batches ?? [], index)]));
    return { catalog, unit, figures, targets: targets ?? [], plans: new Map((planList ?? []).map((plan) => [plan.code, plan])) };
  }, [catalog, unit, bundled.figures, batches, targets, planList]);
  const figuresPending = bundled.pending || imports.isPending;
  const pending = figuresPending || plans.pending;
  return useMemo(() => ({ data, errors: [...bundled.errors, ...plans.errors], pending, figuresPending }), [data, bundled.errors, plans.errors, pending, figuresPending]);
}
