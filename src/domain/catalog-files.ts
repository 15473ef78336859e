export const CATALOG_FILES = ['units.csv', 'groups.csv', 'indices.csv', 'periods.csv', 'components.csv', 'sources.csv', 'statements.csv', 'assessments.csv', 'lineage.csv', 'aggregates.csv'] as const;
export type CatalogFile = (typeof CATALOG_FILES)[number];
