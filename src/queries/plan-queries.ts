import { queryOptions } from '@tanstack/react-query';
import { DataFileError } from '@/domain/issues';
import { planCoreFromPack, type PlanPack } from '@/domain/plans-json';
import { PLAN_FILES } from '@/domain/plans-types';
import planPackUrl from 'virtual:plan-pack';
import { fetchDataJson } from './fetch-text';

/** The plan files of data/plans/, parsed and checked at build time (vite-plan-pack.ts): one download, no parse. */
export const planPackFile = { name: 'plans', url: planPackUrl };

const planPackQuery = queryOptions({
  queryKey: ['plans', 'pack'],
  staleTime: Infinity,
  queryFn: () => fetchDataJson<PlanPack>(planPackFile.name, planPackFile.url),
});

/** Agencies and plans, checked together (plans name their issuing agencies). */
export const planCoreQuery = queryOptions({
  queryKey: ['plans', 'core'],
  staleTime: Infinity,
  queryFn: async ({ client }) => {
    const { core, issues } = await client.ensureQueryData(planPackQuery);
    if (!core) throw new DataFileError(issues.core[0]?.file ?? PLAN_FILES.plans, issues.core);
    return planCoreFromPack(core);
  },
});

/** targets.csv or tasks.csv: each fails on its own, so a broken tasks file leaves the targets shown. */
function packFileQuery<K extends 'targets' | 'tasks'>(file: K) {
  return queryOptions({
    queryKey: ['plans', file],
    staleTime: Infinity,
    queryFn: async ({ client }): Promise<PlanPack[K]> => {
      const pack = await client.ensureQueryData(planPackQuery);
      if (pack.issues[file].length > 0) throw new DataFileError(PLAN_FILES[file], pack.issues[file]);
      return pack[file];
    },
  });
}

export const targetsQuery = packFileQuery('targets');
export const tasksQuery = packFileQuery('tasks');
