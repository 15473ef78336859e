import { groupMembers, peerGroupsIn, positionInGroup } from '@/domain/groups';
import { rankableFigures } from '@/domain/ranking';
import type { Catalog, Figure, FigureStatus, IndexDef, Unit } from '@/domain/types';

export interface GroupName {
  code: string;
  nameVi: string;
  nameEn: string;
}

/** Why a position cannot be given: the unit has no score, or an official index scores too few members. */
export type PositionResult =
  | { kind: 'position'; position: number; of: number; members: number; unscored: { unit: Unit; status: FigureStatus | 'missing' }[] }
  | { kind: 'no-score' }
  | { kind: 'incomplete'; scored: number; members: number };

export interface GroupPositionModel {
  group: GroupName;
  kind: 'region' | 'peers';
  /** The members of the year are inferred, not published (the regions after 2025: region_status in units.csv). */
  inferred: boolean;
  result: PositionResult;
}

function groupsOf(catalog: Catalog, unit: Unit, year: number): { group: GroupName; kind: GroupPositionModel['kind'] }[] {
  const region = unit.region ? catalog.units.get(unit.region) : undefined;
  const peers = peerGroupsIn(unit, year).flatMap((code) => catalog.groups.get(code) ?? []);
  return [...(region ? [{ group: region, kind: 'region' as const }] : []), ...peers.map((group) => ({ group, kind: 'peers' as const }))];
}

/** "12/13 Đồng bằng sông Cửu Long", "5/5 thành phố trực thuộc trung ương", or why it cannot be said. */
export function groupPositions(catalog: Catalog, index: IndexDef, figures: readonly Figure[], component: string, unit: Unit, year: number): GroupPositionModel[] {
  const scored = new Set(rankableFigures(figures, catalog, index.code, component).map((f) => f.unit));
  return groupsOf(catalog, unit, year).map(({ group, kind }) => {
    const members = groupMembers(catalog, group.code, year);
    const position = positionInGroup(figures, catalog, index.code, component, unit.code, group.code, year);
    const named = { code: group.code, nameVi: group.nameVi, nameEn: group.nameEn };
    const base = { group: named, kind, inferred: kind === 'region' && members.some((code) => catalog.units.get(code)?.regionStatus === 'inferred') };
    if (position) {
      const unscored = members
        .filter((code) => !scored.has(code))
        .flatMap((code) => {
          const member = catalog.units.get(code);
          const row = figures.find((f) => f.unit === code && f.component === component);
          return member ? [{ unit: member, status: row?.status ?? ('missing' as const) }] : [];
        });
      return { ...base, result: { kind: 'position', position: position.position, of: position.of, members: members.length, unscored } };
    }
    if (!scored.has(unit.code)) return { ...base, result: { kind: 'no-score' } };
    return { ...base, result: { kind: 'incomplete', scored: members.filter((m) => scored.has(m)).length, members: members.length } };
  });
}
