import { dayAfter, isAssessed } from '@/domain/assessments';
import type { DataIssue, IssueKind } from '@/domain/issues';
import { predecessorsOf, successionChain } from '@/domain/lineage';
import type { Catalog, Unit } from '@/domain/types';

/** Why a unit is not among those assessed: gone before the year's results, not yet formed, or neither (another level). */
function absence(unit: Unit, year: number): { kind: IssueKind; date?: string } {
  if (unit.validTo && unit.validTo < `${year}-12-31`) return { kind: 'unit-ended', date: dayAfter(unit.validTo) };
  if (unit.validFrom && unit.validFrom > `${year}-01-01`) return { kind: 'unit-not-yet-formed', date: unit.validFrom };
  return { kind: 'unit-not-assessed' };
}

/**
 * A row of a unit the index did not assess in the year ("Hậu Giang" in a 2025 file, a district
 * after 2024, the merged city in a 2024 file): the problem, saying when the unit ended or began and
 * naming the units assessed in its place (its successor, or those it was formed from). Nation and
 * region rows are means, never assessed units.
 */
export function notAssessedIssue(catalog: Catalog, index: string, year: number, code: string, at: { file: string; line: number; column?: string; raw?: string }): DataIssue | undefined {
  const unit = catalog.units.get(code);
  if (!unit || unit.level === 'nation' || unit.level === 'region' || isAssessed(catalog, index, unit, year)) return undefined;
  const instead = [...successionChain(catalog, code).slice(1), ...predecessorsOf(catalog, code)].filter((u) => isAssessed(catalog, index, u, year));
  const { kind, date } = absence(unit, year);
  const issue: DataIssue = { column: 'unit', ...at, kind, raw: at.raw ?? unit.nameVi };
  if (date) return { ...issue, unitChange: { date, year, instead: instead.map((u) => ({ vi: u.nameVi, en: u.nameEn })) } };
  return { ...issue, detail: instead.length > 0 ? `→ ${instead.map((u) => u.nameVi).join(', ')}` : undefined };
}

/**
 * notAssessedIssue for the rows of one file: a unit found assessed is remembered, so a file naming
 * each province thousands of times looks at the catalogue once per province. `at` is made only for a problem.
 */
export function notAssessedChecker(catalog: Catalog, index: string, year: number) {
  const assessed = new Set<string>();
  return (code: string, at: () => { file: string; line: number; column?: string; raw?: string }): DataIssue | undefined => {
    if (assessed.has(code)) return undefined;
    const issue = notAssessedIssue(catalog, index, year, code, at());
    if (!issue) assessed.add(code);
    return issue;
  };
}
