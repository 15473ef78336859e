import type { Plan } from './plans-types';
import type { Catalog, IndexDef, Source } from './types';

/**
 * Who published what a figure was read from, for a short source line: the index's own publication
 * (PAPI by CECODES and UNDP, PAR Index and SIPAS by the Ministry of Home Affairs) and the city's plan
 * for a target. A year imported by staff is credited to the source the import named, not to the publisher.
 * Where we read it (news pages) stays in the full source list.
 */
export type Credit =
  | { kind: 'index'; index: IndexDef; from: number; to: number }
  | { kind: 'imported'; index: IndexDef; from: number; to: number; source: Source }
  | { kind: 'plan'; plan: Plan };

export interface IndexYear {
  index: string;
  year: number;
}

/** The sources an imported year's figures cite; none for a year as bundled. */
export type ImportedSources = (index: string, year: number) => readonly Source[];

const span = (years: readonly number[]) => ({ from: Math.min(...years), to: Math.max(...years) });

/** One credit per index (catalogue order, first to last year used), one per source of imported years, then each plan once. */
export function creditsOf(catalog: Catalog, used: readonly IndexYear[], plans: readonly Plan[] = [], importedSources: ImportedSources = () => []): Credit[] {
  const indices = [...catalog.indices.values()].flatMap((index): Credit[] => {
    const years = [...new Set(used.filter((u) => u.index === index.code).map((u) => u.year))];
    const published = years.filter((year) => importedSources(index.code, year).length === 0);
    const bySource = new Map<string, { source: Source; years: number[] }>();
    for (const year of years) {
      for (const source of importedSources(index.code, year)) {
        const entry = bySource.get(source.id) ?? { source, years: [] };
        bySource.set(source.id, { ...entry, years: [...entry.years, year] });
      }
    }
    return [
      ...(published.length === 0 ? [] : [{ kind: 'index' as const, index, ...span(published) }]),
      ...[...bySource.values()].map(({ source, years: cited }) => ({ kind: 'imported' as const, index, source, ...span(cited) })),
    ];
  });
  const byCode = new Map(plans.map((plan) => [plan.code, plan]));
  return [...indices, ...[...byCode.values()].map((plan): Credit => ({ kind: 'plan', plan }))];
}
