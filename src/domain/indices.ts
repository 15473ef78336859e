import type { Catalog, IndexDef } from './types';

/** The indices assessed at province level, in catalogue order. */
export function provincialIndices(catalog: Catalog): IndexDef[] {
  return [...catalog.indices.values()].filter((index) => index.unitLevel === 'province');
}
