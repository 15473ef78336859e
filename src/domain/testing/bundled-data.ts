import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalog } from '@/domain/catalog';
import { CATALOG_FILES, type CatalogFile } from '@/domain/catalog-files';
import { parseFigureFile } from '@/domain/figures';
import { parsePlanCore } from '@/domain/plans-parse';
import { parseTargets } from '@/domain/plans-parse-targets';
import { parseTasks } from '@/domain/plans-parse-tasks';
import { PLAN_FILES, type PlanData } from '@/domain/plans-types';
import type { DataIssue } from '@/domain/issues';
import type { Catalog, Figure } from '@/domain/types';

/** The bundled data/ folder, read from disk in Node tests. */
const DATA = join(__dirname, '..', '..', '..', 'data');
export const readData = (path: string) => readFileSync(join(DATA, path), 'utf8');

/** A copy of data/ to change: the test's own, in the system's temporary folder. */
export function dataCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'data-copy-'));
  cpSync(DATA, dir, { recursive: true });
  return dir;
}

export function loadBundledCatalog(): Catalog {
  const texts = Object.fromEntries(CATALOG_FILES.map((file) => [file, readData(file)])) as Record<CatalogFile, string>;
  const { catalog, issues } = parseCatalog(texts);
  if (!catalog) throw new Error(`catalogue did not load: ${JSON.stringify(issues[0])}`);
  return catalog;
}

export function loadBundledIndex(catalog: Catalog, index: string): Map<number, Figure[]> {
  const names = readdirSync(join(DATA, index)).filter((n) => /^\d{4}\.csv$/.test(n));
  return new Map(names.map((name) => [Number(name.slice(0, 4)), parseFigureFile(`${index}/${name}`, index, Number(name.slice(0, 4)), readData(`${index}/${name}`), catalog).figures]));
}

/** The bundled plan files with every problem found in them. */
export function loadBundledPlans(catalog: Catalog): { data?: PlanData; issues: DataIssue[] } {
  const { core, issues } = parsePlanCore({ agencies: readData(PLAN_FILES.agencies), plans: readData(PLAN_FILES.plans) }, catalog);
  if (!core) return { issues };
  const targets = parseTargets(readData(PLAN_FILES.targets), catalog, core);
  const tasks = parseTasks(readData(PLAN_FILES.tasks), catalog, core);
  return { data: { ...core, targets: targets.targets, tasks: tasks.tasks }, issues: [...targets.issues, ...tasks.issues] };
}
