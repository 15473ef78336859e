import { parseCatalog } from './catalog';
import { CATALOG_FILES, type CatalogFile } from './catalog-files';
import { catalogToJson, type CatalogPack } from './catalog-json';
import { missingFileIssue } from './issues';

/** The pack of the catalogue files' texts (any data/*.csv, by name): a catalogue file missing is reported by its name. */
export function catalogPackOf(texts: Readonly<Record<string, string>>): CatalogPack {
  const missing = CATALOG_FILES.filter((file) => typeof texts[file] !== 'string');
  if (missing.length > 0) return { issues: missing.map((file) => missingFileIssue(file, 'not bundled')) };
  const { catalog, issues } = parseCatalog(texts as Record<CatalogFile, string>);
  return catalog ? { catalog: catalogToJson(catalog), issues } : { issues };
}
