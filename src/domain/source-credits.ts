import type { Plan } from './plans-types';
import type { Catalog, IndexDef, Source } from './types';

/**
 * Who published what a figure was read from, for a short source line: the index's own publication
 * (PAPI by CECODES and UNDP, PAR Index and SIPAS by the Ministry of Home Affairs) and the city's plan
 * for a target. A year imported by staff is credited to the source the import named, not to the publisher;
 * a year where staff imported only some figures, to both.
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

/**
 * Where an index year's figures come from: the sources its imported figures cite (none for a year as bundled),
 * and whether figures as published remain beside them (an import of a few units corrects, it does not replace, the year).
 */
export type YearSources = (index: string, year: number) => { imported: readonly Source[]; published: boolean };

const span = (years: readonly number[]) => ({ from: Math.min(...years), to: Math.max(...years) });

/** One credit per index (catalogue order, first to last year used as published), one per source of imported years, then each plan once. */
export function creditsOf(catalog: Catalog, used: readonly IndexYear[], plans: readonly Plan[] = [], yearSources: YearSources = () => ({ imported: [], published: true })): Credit[] {
  const indices = [...catalog.indices.values()].flatMap((index): Credit[] => {
    const years = [...new Set(used.filter((u) => u.index === index.code).map((u) => u.year))].map((year) => ({ year, ...yearSources(index.code, year) }));
    const published = years.filter((y) => y.published).map((y) => y.year);
    const bySource = new Map<string, { source: Source; years: number[] }>();
    for (const { year, imported } of years) {
      for (const source of imported) {
        const entry = bySource.get(source.id) ?? { source, years: [] };
        entry.years.push(year);
        bySource.set(source.id, entry);
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
