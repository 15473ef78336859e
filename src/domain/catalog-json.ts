import type { DataIssue } from './issues';
import type { Catalog, IndexDef, PeerGroup, Source, Unit } from './types';

/** A catalogue as JSON can carry it: each keyed table as a list, in the order the files give. */
export interface CatalogJson extends Omit<Catalog, 'units' | 'groups' | 'indices' | 'sources'> {
  units: Unit[];
  groups: PeerGroup[];
  indices: IndexDef[];
  sources: Source[];
}

/** The catalogue parsed from data/*.csv at build time (vite-catalog-pack.ts), or the problems that stopped it. */
export interface CatalogPack {
  catalog?: CatalogJson;
  issues: DataIssue[];
}

export const catalogToJson = (catalog: Catalog): CatalogJson => ({
  ...catalog,
  units: [...catalog.units.values()],
  groups: [...catalog.groups.values()],
  indices: [...catalog.indices.values()],
  sources: [...catalog.sources.values()],
});

/** The catalogue again, keyed as parseCatalog keys it: units, groups and indices by code, sources by id. */
export const catalogFromJson = (json: CatalogJson): Catalog => ({
  ...json,
  units: new Map(json.units.map((unit) => [unit.code, unit])),
  groups: new Map(json.groups.map((group) => [group.code, group])),
  indices: new Map(json.indices.map((index) => [index.code, index])),
  sources: new Map(json.sources.map((source) => [source.id, source])),
});
