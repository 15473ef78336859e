import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DataFileError } from '@/domain/issues';
import type { FiguresByYear } from '@/domain/results';
import type { DeckData } from '@/domain/slides/deck-data';
import type { Catalog, Figure } from '@/domain/types';
import { FIGURE_FILES } from './data-files';
import { figureFileQuery } from './data-queries';
import { importsQuery } from './imports-queries';
import { collectFileResults, withImports } from './use-index-figures';
import { usePlanData } from './use-plan-data';

export interface DeckDataState {
  data: DeckData;
  errors: DataFileError[];
  pending: boolean;
}

/** The yearly files grouped by index; module-level so that TanStack Query keeps the result while nothing changes. */
function byIndex(results: UseQueryResult<Figure[]>[]) {
  const { loaded, errors, pending } = collectFileResults(FIGURE_FILES, results);
  const figures = new Map<string, Map<number, readonly Figure[]>>();
  for (const { file, figures: ofFile } of loaded) figures.set(file.index, (figures.get(file.index) ?? new Map()).set(file.year, ofFile));
  return { figures, errors, pending };
}

/**
 * Every index's figures (imports applied) and the plans' targets: what a presentation of the unit is built from.
 * Nothing is read until `enabled` (pending meanwhile).
 */
export function useDeckData(catalog: Catalog, unit: string, enabled = true): DeckDataState {
  const imports = useQuery(importsQuery);
  const plans = usePlanData(catalog);
  const bundled = useQueries({ queries: FIGURE_FILES.map((file) => ({ ...figureFileQuery(file, 'all'), enabled })), combine: byIndex });
  const batches = imports.data?.batches;
  const targets = plans.data?.targets;
  const planList = plans.data?.plans;
  const data = useMemo(() => {
    const figures = new Map<string, FiguresByYear>([...bundled.figures].map(([index, byYear]) => [index, withImports(byYear, batches ?? [], index)]));
    return { catalog, unit, figures, targets: targets ?? [], plans: new Map((planList ?? []).map((plan) => [plan.code, plan])) };
  }, [catalog, unit, bundled.figures, batches, targets, planList]);
  const pending = bundled.pending || imports.isPending || plans.pending;
  return useMemo(() => ({ data, errors: [...bundled.errors, ...plans.errors], pending }), [data, bundled.errors, plans.errors, pending]);
}
