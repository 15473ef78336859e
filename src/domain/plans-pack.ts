import { missingFileIssue, type DataIssue } from './issues';
import { parsePlanCore } from './plans-parse';
import { parseTargets } from './plans-parse-targets';
import { parseTasks } from './plans-parse-tasks';
import type { PlanPack } from './plans-json';
import { PLAN_FILES } from './plans-types';
import type { Catalog } from './types';

type PlanTexts = Readonly<Partial<Record<(typeof PLAN_FILES)[keyof typeof PLAN_FILES], string>>>;

const missing = (file: string): DataIssue => missingFileIssue(file, 'not bundled');
/** A pack with no agencies and plans, so no targets or tasks either: the core's problems, if any, say why. */
export const noPlans = (coreIssues: DataIssue[] = []): PlanPack => ({ targets: [], tasks: [], issues: { core: coreIssues, targets: [], tasks: [] } });

/** The pack of the plan files' texts (by name relative to data/: plans/tasks.csv…); a file missing is reported by its name. */
export function planPackOf(texts: PlanTexts, catalog: Catalog): PlanPack {
  const [agencies, plans, targets, tasks] = [texts[PLAN_FILES.agencies], texts[PLAN_FILES.plans], texts[PLAN_FILES.targets], texts[PLAN_FILES.tasks]];
  if (agencies === undefined || plans === undefined) return noPlans([PLAN_FILES.agencies, PLAN_FILES.plans].filter((file) => texts[file] === undefined).map(missing));
  const { core, issues } = parsePlanCore({ agencies, plans }, catalog);
  if (!core) return noPlans(issues);
  const read = targets === undefined ? { targets: [], issues: [missing(PLAN_FILES.targets)] } : parseTargets(targets, catalog, core);
  const done = tasks === undefined ? { tasks: [], issues: [missing(PLAN_FILES.tasks)] } : parseTasks(tasks, catalog, core);
  return {
    core: { agencies: [...core.agencies.values()], plans: [...core.plans] },
    targets: read.issues.length > 0 ? [] : read.targets,
    tasks: done.issues.length > 0 ? [] : done.tasks,
    issues: { core: [], targets: read.issues, tasks: done.issues },
  };
}
