import type { Plan } from './plans-types';
import type { Catalog, IndexDef } from './types';

/**
 * Who published what a figure was read from, for a short source line: the index's own publication
 * (PAPI by CECODES and UNDP, PAR Index and SIPAS by the Ministry of Home Affairs) and the city's plan
 * for a target. Where we read it (news pages) stays in the full source list.
 */
export type Credit = { kind: 'index'; index: IndexDef; from: number; to: number } | { kind: 'plan'; plan: Plan };

export interface IndexYear {
  index: string;
  year: number;
}

/** One credit per index (catalogue order, first to last year used), then each plan once. */
export function creditsOf(catalog: Catalog, used: readonly IndexYear[], plans: readonly Plan[] = []): Credit[] {
  const indices = [...catalog.indices.values()].flatMap((index): Credit[] => {
    const years = used.filter((u) => u.index === index.code).map((u) => u.year);
    return years.length === 0 ? [] : [{ kind: 'index', index, from: Math.min(...years), to: Math.max(...years) }];
  });
  const byCode = new Map(plans.map((plan) => [plan.code, plan]));
  return [...indices, ...[...byCode.values()].map((plan): Credit => ({ kind: 'plan', plan }))];
}
