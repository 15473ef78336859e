import { queryOptions } from '@tanstack/react-query';
import { DataFileError } from '@/domain/issues';
import type { PlanParseRequest, PlanParseResponse } from '@/domain/plans-files';
import { PLAN_FILES, type PlanCore } from '@/domain/plans-types';
import type { Catalog } from '@/domain/types';
import { fetchDataText, prefetchDataTexts } from './fetch-text';
import { parseOffMainThread } from './parse-client';

// Discovered at build time, like the yearly files: data/plans/<name>.csv.
const planUrls = import.meta.glob('/data/plans/*.csv', { query: '?url', import: 'default', eager: true }) as Record<string, string>;
const fetchPlanFile = (name: string) => fetchDataText(name, planUrls[`/data/${name}`]);

export const planFiles = () => Object.values(PLAN_FILES).map((name) => ({ name, url: planUrls[`/data/${name}`] }));

async function parsePlans(request: PlanParseRequest): Promise<PlanParseResponse> {
  const { response } = await parseOffMainThread({ kind: 'plans', request });
  return response;
}

/** Agencies and plans, validated together (plans name their issuing agencies). */
export function planCoreQuery(catalog: Catalog | undefined) {
  return queryOptions({
    queryKey: ['plans', 'core'],
    enabled: catalog !== undefined,
    staleTime: Infinity,
    queryFn: async () => {
      if (!catalog) throw new Error('catalog not loaded');
      // The targets and tasks download beside these two, not once they are parsed (they are parsed against them).
      void prefetchDataTexts(planFiles());
      const [agencies, plans] = await Promise.all([fetchPlanFile(PLAN_FILES.agencies), fetchPlanFile(PLAN_FILES.plans)]);
      const response = await parsePlans({ file: 'core', texts: { agencies, plans }, catalog });
      if (response.file !== 'core' || !response.core) throw new DataFileError(response.issues[0]?.file ?? PLAN_FILES.plans, response.issues);
      return response.core;
    },
  });
}

/** Reads targets.csv or tasks.csv; each fails on its own, so a broken tasks file leaves the targets shown. */
async function loadItems(file: 'targets' | 'tasks', catalog: Catalog | undefined, core: PlanCore | undefined): Promise<PlanParseResponse> {
  if (!catalog || !core) throw new Error('plans not loaded');
  const name = PLAN_FILES[file];
  const response = await parsePlans({ file, text: await fetchPlanFile(name), catalog, core });
  if (response.issues.length > 0) throw new DataFileError(name, response.issues);
  return response;
}

const itemsOptions = (file: 'targets' | 'tasks', catalog: Catalog | undefined, core: PlanCore | undefined) =>
  ({ queryKey: ['plans', file], enabled: catalog !== undefined && core !== undefined, staleTime: Infinity }) as const;

export function targetsQuery(catalog: Catalog | undefined, core: PlanCore | undefined) {
  return queryOptions({
    ...itemsOptions('targets', catalog, core),
    queryFn: async () => {
      const response = await loadItems('targets', catalog, core);
      return response.file === 'targets' ? response.targets : [];
    },
  });
}

export function tasksQuery(catalog: Catalog | undefined, core: PlanCore | undefined) {
  return queryOptions({
    ...itemsOptions('tasks', catalog, core),
    queryFn: async () => {
      const response = await loadItems('tasks', catalog, core);
      return response.file === 'tasks' ? response.tasks : [];
    },
  });
}
