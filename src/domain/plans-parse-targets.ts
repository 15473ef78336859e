import { readTable } from './catalog';
import type { FieldReader } from './fields';
import type { DataIssue } from './issues';
import { componentKnown, duplicateChecker, readSources } from './plans-parse';
import { PLAN_FILES, TARGET_KINDS, type PlanCore, type Target, type TargetGoal } from './plans-types';
import { QUARTILE_BANDS } from './quartile-bands';
import { TOTAL, type Catalog } from './types';

const TARGET_COLUMNS = ['plan', 'index', 'component', 'unit', 'kind', 'value', 'target_year', 'source'] as const;

/** The widest scale a score of the component can have in any period of the index. */
function scoreScale(catalog: Catalog, index: string, component: string): [number, number] {
  if (component === TOTAL) {
    const periods = catalog.periods.filter((p) => p.index === index);
    return periods.length === 0 ? [0, 100] : [Math.min(...periods.map((p) => p.totalMin)), Math.max(...periods.map((p) => p.totalMax))];
  }
  const maxima = catalog.components.filter((c) => c.index === index && c.code === component).flatMap((c) => c.maxPoints ?? []);
  return [0, maxima.length > 0 ? Math.max(...maxima) : 100];
}

function positiveInteger(row: FieldReader, column: string): number {
  const value = row.integer(column);
  if (value !== undefined && value < 1) row.issue('out-of-range', column, '≥ 1');
  return value ?? 1;
}

function readGoal(row: FieldReader, catalog: Catalog, index: string, component: string): TargetGoal | undefined {
  const kind = row.oneOf('kind', TARGET_KINDS);
  // A group's value is checked against the list of bands, which also reports a blank.
  if (kind !== 'group') row.text('value', true);
  switch (kind) {
    case undefined:
      return undefined;
    case 'rank-at-most':
      return { kind, rank: positiveInteger(row, 'value') };
    case 'score-at-least': {
      const score = row.number('value');
      const [min, max] = scoreScale(catalog, index, component);
      if (score !== undefined && (score < min || score > max)) row.issue('out-of-range', 'value', `${min}–${max}`);
      return score === undefined ? undefined : { kind, score };
    }
    case 'group': {
      const band = row.oneOf('value', QUARTILE_BANDS);
      return band && { kind, band };
    }
    case 'top-in-group': {
      const group = row.text('group', true);
      const known = catalog.groups.has(group) || catalog.units.get(group)?.level === 'region';
      if (group && !known) row.issue('unknown-value', 'group', 'groups.csv / units.csv (region)');
      return { kind, position: positiveInteger(row, 'value'), group };
    }
  }
}

/** Reads targets.csv against the catalogue and the plans; rows with problems are reported, not kept. */
export function parseTargets(text: string, catalog: Catalog, core: PlanCore): { targets: Target[]; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const duplicate = duplicateChecker();
  const rows = readTable(PLAN_FILES.targets, text, TARGET_COLUMNS, issues, (row, line) => {
    const before = issues.length;
    const plan = row.text('plan', true);
    if (plan && !core.plans.some((p) => p.code === plan)) row.issue('unknown-plan', 'plan');
    const index = row.text('index', true);
    const indexDef = catalog.indices.get(index);
    if (index && !indexDef) row.issue('unknown-index', 'index');
    const component = row.text('component') || TOTAL;
    if (indexDef && !componentKnown(catalog, index, component)) row.issue('unknown-component', 'component', index);
    const unit = row.text('unit', true);
    if (unit && !catalog.units.has(unit)) row.issue('unknown-unit', 'unit');
    const goal = readGoal(row, catalog, index, component);
    row.text('target_year', true);
    const targetYear = row.integer('target_year');
    if (indexDef && targetYear !== undefined && targetYear < indexDef.firstYear) row.issue('out-of-range', 'target_year', `≥ ${indexDef.firstYear}`);
    duplicate(row, [plan, index, component, unit, row.text('kind'), row.text('group'), row.text('target_year')].join(' · '), 'plan');
    const sources = readSources(row, catalog, true);
    const target: Target | undefined = goal && targetYear !== undefined ? { plan, index, component, unit, goal, targetYear, note: row.text('note'), sources, line } : undefined;
    return issues.length === before ? target : undefined;
  });
  return { targets: rows.flatMap((t) => t ?? []), issues };
}
