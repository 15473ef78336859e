import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { asDataFileError, DataFileError } from '@/domain/issues';
import { mergeByKey, targetKey, taskKey } from '@/domain/plans-merge';
import { PLAN_FILES, type PlanData } from '@/domain/plans-types';
import { importsQuery } from './imports-queries';
import { planCoreQuery, targetsQuery, tasksQuery } from './plan-queries';

export interface PlanDataState {
  /** Plans and agencies, with the targets and tasks of the files that could be read. */
  data?: PlanData;
  errors: DataFileError[];
  pending: boolean;
}

/**
 * The files of data/plans/ with the plan files imported in the browser; a file that fails is reported, never dropped
 * (once: a pack that cannot be downloaded fails the three files alike).
 */
export function usePlanData(): PlanDataState {
  const core = useQuery(planCoreQuery);
  const [targets, tasks] = useQueries({ queries: [targetsQuery, tasksQuery] });
  const imported = useQuery(importsQuery).data?.planBatches;
  const data = useMemo(
    () =>
      core.data && {
        ...core.data,
        targets: mergeByKey(targets.data ?? [], (imported ?? []).flatMap((b) => b.targets), targetKey),
        tasks: mergeByKey(tasks.data ?? [], (imported ?? []).flatMap((b) => b.tasks), taskKey),
      },
    [core.data, targets.data, tasks.data, imported],
  );
  const pending = core.isPending || (core.data !== undefined && (targets.isPending || tasks.isPending));
  return useMemo(() => {
    const errors = [
      core.error && asDataFileError(core.error, PLAN_FILES.plans),
      targets.error && asDataFileError(targets.error, PLAN_FILES.targets),
      tasks.error && asDataFileError(tasks.error, PLAN_FILES.tasks),
    ]
      .filter((error): error is DataFileError => error instanceof DataFileError)
      .filter((error, i, all) => all.findIndex((other) => other.file === error.file) === i);
    return { data, errors, pending };
  }, [data, pending, core.error, targets.error, tasks.error]);
}
