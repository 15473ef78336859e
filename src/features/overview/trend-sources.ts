import type { YearResult } from '@/domain/results';
import { sourcesById } from '@/domain/sources';
import type { Catalog, Source } from '@/domain/types';

/** The sources of a trend table, numbered once each, and the numbers each year's row cites. */
export interface NumberedSources {
  sources: Source[];
  byYear: ReadonlyMap<number, number[]>;
}

export function numberSources(catalog: Catalog, results: readonly YearResult[]): NumberedSources {
  const sources = sourcesById(catalog, results.flatMap((r) => r.figure?.sources ?? []));
  const numberOf = new Map(sources.map((s, i) => [s.id, i + 1]));
  const byYear = new Map(results.map((r) => [r.year, [...new Set((r.figure?.sources ?? []).flatMap((id) => numberOf.get(id) ?? []))]]));
  return { sources, byYear };
}
