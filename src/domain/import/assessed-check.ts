import { isAssessed } from '@/domain/assessments';
import type { DataIssue } from '@/domain/issues';
import { predecessorsOf, successionChain } from '@/domain/lineage';
import type { Catalog } from '@/domain/types';

/**
 * A row of a unit the index did not assess in the year ("Hậu Giang" in a 2025 file, a district
 * after 2024): the problem, naming the units assessed in its place (its successor, or those it
 * was formed from). Nation and region rows are means, never assessed units.
 */
export function notAssessedIssue(catalog: Catalog, index: string, year: number, code: string, at: { file: string; line: number; raw?: string }): DataIssue | undefined {
  const unit = catalog.units.get(code);
  if (!unit || unit.level === 'nation' || unit.level === 'region' || isAssessed(catalog, index, unit, year)) return undefined;
  const instead = [...successionChain(catalog, code).slice(1), ...predecessorsOf(catalog, code)].filter((u) => isAssessed(catalog, index, u, year));
  return { ...at, column: 'unit', kind: 'unit-not-assessed', raw: at.raw ?? unit.nameVi, detail: instead.length > 0 ? `→ ${instead.map((u) => u.nameVi).join(', ')}` : undefined };
}
