import type { Assessment, Lineage } from './lineage-2025';
import type { Unit } from './schema';

const validOn = (u: Unit, date: string) => (u.valid_from || '0000') <= date && date <= (u.valid_to || '9999');

/** Integrity of the 2025 units, lineage and assessments: problems as text, empty when sound. */
export function check2025(units: readonly Unit[], lineage: readonly Lineage[], assessments: readonly Assessment[], sourceIds: ReadonlySet<string>, indexCodes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const codes = new Set(units.map((u) => u.code));
  const checkSources = (where: string, cell: string) => {
    for (const id of cell.split(';')) if (!sourceIds.has(id)) problems.push(`${where}: unknown source ${id}`);
  };
  const provincesOn = (date: string) => units.filter((u) => u.level === 'province' && validOn(u, date)).length;
  if (provincesOn('2024-12-31') !== 63) problems.push(`units: ${provincesOn('2024-12-31')} provinces on 2024-12-31, expected 63`);
  if (provincesOn('2025-12-31') !== 34) problems.push(`units: ${provincesOn('2025-12-31')} provinces on 2025-12-31, expected 34`);
  const communes = units.filter((u) => u.level === 'commune');
  if (communes.length !== 103) problems.push(`units: ${communes.length} communes, expected 103`);
  for (const u of units) {
    if (u.level === 'province' && !['published', 'inferred', 'unknown'].includes(u.region_status)) problems.push(`units ${u.code}: bad region_status`);
  }
  for (const c of communes) if (!lineage.some((l) => l.unit === c.code)) problems.push(`lineage: no predecessor for ${c.code}`);
  const split = new Map<string, string[]>();
  for (const l of lineage) {
    if (!codes.has(l.unit)) problems.push(`lineage: unknown unit ${l.unit}`);
    if (l.predecessor && !codes.has(l.predecessor)) problems.push(`lineage: unknown predecessor ${l.predecessor}`);
    if (!['whole', 'part'].includes(l.part)) problems.push(`lineage ${l.unit}: bad part ${l.part}`);
    checkSources(`lineage ${l.unit}`, l.source);
    if (l.part === 'part') split.set(l.predecessor_gso_code, [...(split.get(l.predecessor_gso_code) ?? []), l.unit]);
  }
  const splitWards = [...split.values()].filter((into) => new Set(into).size === 2);
  if (splitWards.length !== 3) problems.push(`lineage: ${splitWards.length} wards split between two new units, expected 3`);
  for (const a of assessments) {
    if (!indexCodes.has(a.index)) problems.push(`assessments: unknown index ${a.index}`);
    if (!/^\d{2}-\d{2}$/.test(a.units_valid_on)) problems.push(`assessments ${a.index}: bad units_valid_on`);
    if (!units.some((u) => u.level === a.level)) problems.push(`assessments ${a.index}: no unit of level ${a.level}`);
    checkSources(`assessments ${a.index}`, a.source);
  }
  return problems;
}
