import { describe, expect, it } from 'vitest';
import { check2025 } from './check-2025';
import type { Assessment, Lineage } from './lineage-2025';
import { blankUnit, type Unit } from './schema';

// Made-up units in the shape of the 2025 catalogue (TEST, not real data): 52 merged and 11 unchanged
// provinces, 23 new ones, 103 communes of which 3 former wards are split between two new communes.
const unit = (code: string, fields: Partial<Unit>): Unit => ({ ...blankUnit, code, level: 'province', region_status: 'published', source: 'src', ...fields });
const UNITS: Unit[] = [
  ...Array.from({ length: 52 }, (_, i) => unit(`P${i}`, { valid_to: '2025-06-30' })),
  ...Array.from({ length: 11 }, (_, i) => unit(`Q${i}`, {})),
  ...Array.from({ length: 23 }, (_, i) => unit(`N25-${i}`, { valid_from: '2025-07-01', region_status: 'inferred' })),
  ...Array.from({ length: 103 }, (_, i) => unit(`X25-${i}`, { level: 'commune', region_status: '', valid_from: '2025-07-01' })),
];
const line = (unitCode: string, fields: Partial<Lineage> = {}): Lineage => ({ unit: unitCode, predecessor: '', predecessor_name: '', predecessor_gso_code: `w-${unitCode}`, part: 'whole', source: 'src', note: '', ...fields });
const LINEAGE: Lineage[] = [
  ...UNITS.filter((u) => u.level === 'commune').map((u) => line(u.code)),
  ...[0, 1, 2].flatMap((w) => [line(`X25-${w}`, { predecessor_gso_code: `split-${w}`, part: 'part' }), line(`X25-${w + 50}`, { predecessor_gso_code: `split-${w}`, part: 'part' })]),
];
const ASSESSMENTS: Assessment[] = [{ index: 'par', from_year: '2012', to_year: '', level: 'province', units_valid_on: '12-31', source: 'src', note: '' }];
const check = (units = UNITS, lineage = LINEAGE, assessments = ASSESSMENTS) => check2025(units, lineage, assessments, new Set(['src']), new Set(['par']));

describe('self-check of the 2025 units, lineage and assessments', () => {
  it('passes a sound catalogue', () => {
    expect(check()).toEqual([]);
  });

  it.each([
    ['a province too many on 2024-12-31', [...UNITS, unit('P99', { valid_to: '2025-06-30' })], LINEAGE, ASSESSMENTS, 'units: 64 provinces on 2024-12-31, expected 63'],
    ['a province without region status', UNITS.map((u) => (u.code === 'N25-0' ? { ...u, region_status: '' } : u)), LINEAGE, ASSESSMENTS, 'units N25-0: bad region_status'],
    ['a commune without a predecessor', UNITS, LINEAGE.filter((l) => l.unit !== 'X25-99'), ASSESSMENTS, 'lineage: no predecessor for X25-99'],
    ['a lineage row naming an unknown predecessor', UNITS, [...LINEAGE, line('N25-1', { predecessor: 'P404' })], ASSESSMENTS, 'lineage: unknown predecessor P404'],
    ['a part that is neither whole nor part', UNITS, [...LINEAGE, line('X25-7', { part: 'half' })], ASSESSMENTS, 'lineage X25-7: bad part half'],
    ['only two split wards', UNITS, LINEAGE.filter((l) => l.predecessor_gso_code !== 'split-2'), ASSESSMENTS, 'lineage: 2 wards split between two new units, expected 3'],
    ['an assessment of an unknown index', UNITS, LINEAGE, [{ ...ASSESSMENTS[0]!, index: 'pci' }], 'assessments: unknown index pci'],
    ['an assessment date that is not MM-DD', UNITS, LINEAGE, [{ ...ASSESSMENTS[0]!, units_valid_on: '31/12' }], 'assessments par: bad units_valid_on'],
    ['an assessment citing an unknown source', UNITS, LINEAGE, [{ ...ASSESSMENTS[0]!, source: 'src;nope' }], 'assessments par: unknown source nope'],
  ])('reports %s', (_what, units, lineage, assessments, problem) => {
    expect(check(units, lineage, assessments)).toContain(problem);
  });
});
