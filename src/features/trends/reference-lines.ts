import { bestUnit, groupMean } from '@/domain/groups';
import { nationalMean, publishedNationalMean } from '@/domain/results';
import { CENTRAL_CITIES, MEKONG_DELTA, NATION } from '@/domain/codes';
import type { Catalog, Figure, IndexDef } from '@/domain/types';
import type { Reference } from '@/state/view-state';

/** PAPI's published national mean: its own points beside the computed mean of the provinces, never joined with it. */
export const PUBLISHED_NATIONAL = 'national-published';

/** A reference drawn on the chart: a reference the reader chose, or the published national mean that comes with it. */
export type ReferenceLine = Reference | typeof PUBLISHED_NATIONAL;

export interface ReferencePoint {
  value: number;
  computed: boolean;
  /** The unit whose figure gives the value (the VN row, the region's row, the best province); none for a computed mean. */
  unit?: string;
}

/** The lines for the references chosen: the national mean of an index whose mean is computed brings the published figures along. */
export function referenceLines(refs: readonly Reference[], index: IndexDef): ReferenceLine[] {
  return refs.flatMap((ref) => (ref === 'national' && index.rankKind === 'computed' ? [ref, PUBLISHED_NATIONAL] : [ref]));
}

const fromMean = (mean: { value: number; kind: 'published' | 'computed' } | undefined, unit: string) =>
  mean && { value: mean.value, computed: mean.kind === 'computed', unit: mean.kind === 'published' ? unit : undefined };

export function referencePoint(figures: readonly Figure[], catalog: Catalog, index: string, year: number, line: ReferenceLine, component: string): ReferencePoint | undefined {
  switch (line) {
    case 'national':
      return fromMean(nationalMean(figures, catalog, index, component), NATION);
    case PUBLISHED_NATIONAL: {
      const published = publishedNationalMean(figures, catalog, index, component);
      return published?.score === undefined ? undefined : { value: published.score, computed: false, unit: NATION };
    }
    case 'region':
      return fromMean(groupMean(figures, catalog, index, component, MEKONG_DELTA, year), MEKONG_DELTA);
    case 'peers':
      return fromMean(groupMean(figures, catalog, index, component, CENTRAL_CITIES, year), CENTRAL_CITIES);
    case 'best': {
      const best = bestUnit(figures, catalog, index, component);
      return best && { value: best.score, unit: best.unit, computed: catalog.indices.get(index)?.rankKind === 'computed' };
    }
  }
}
