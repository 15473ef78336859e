import { isAssessed } from './assessments';
import { competitionRanks, rankableFigures } from './ranking';
import type { MeanValue } from './results';
import type { Catalog, Figure, Unit } from './types';

/** The peer groups a unit belongs to for the results of a year (Huế joins the central cities in 2025). */
export function peerGroupsIn(unit: Unit, year: number): string[] {
  return unit.peerGroups.filter((m) => m.fromYear === undefined || m.fromYear <= year).map((m) => m.group);
}

/** Codes of the units of a region or a peer group assessed in the year (assessments.csv): the 63 provinces to 2024, the 34 from 2025. */
export function groupMembers(catalog: Catalog, group: string, year: number): string[] {
  return [...catalog.units.values()].filter((u) => (u.region === group || peerGroupsIn(u, year).includes(group)) && isAssessed(catalog, undefined, u, year)).map((u) => u.code);
}

/** Figures of a group can be summarised when the index scores every province, or when every member has a score. */
function summarisable(catalog: Catalog, index: string, members: readonly string[], scored: number): boolean {
  return scored > 0 && (catalog.indices.get(index)?.rankKind === 'computed' || scored === members.length);
}

function memberScores(figures: readonly Figure[], catalog: Catalog, index: string, component: string, members: readonly string[]) {
  const byUnit = new Map(rankableFigures(figures, catalog, index, component).map((f) => [f.unit, f.score ?? 0]));
  return members.flatMap((unit) => (byUnit.has(unit) ? [{ unit, score: byUnit.get(unit) ?? 0 }] : []));
}

/**
 * The mean of a region or peer group: the published row when there is one (regional means of the
 * PAR Index), otherwise computed from its members, never from the few provinces that happen to be
 * on file for an official index.
 */
export function groupMean(figures: readonly Figure[], catalog: Catalog, index: string, component: string, group: string, year: number): MeanValue | undefined {
  const published = figures.find((f) => f.unit === group && f.component === component && f.status === 'published' && f.score !== undefined);
  if (published?.score !== undefined) return { value: published.score, kind: 'published' };
  const members = groupMembers(catalog, group, year);
  const scores = memberScores(figures, catalog, index, component, members);
  if (!summarisable(catalog, index, members, scores.length)) return undefined;
  const value = scores.reduce((sum, s) => sum + s.score, 0) / scores.length;
  return { value: Math.round(value * 1e6) / 1e6, kind: 'computed', count: scores.length };
}

export interface GroupPosition {
  position: number;
  of: number;
}

/** Position of a unit among the members of a group that have a score that year ("12/13 ĐBSCL"). */
export function positionInGroup(figures: readonly Figure[], catalog: Catalog, index: string, component: string, unit: string, group: string, year: number): GroupPosition | undefined {
  const members = groupMembers(catalog, group, year);
  const scores = memberScores(figures, catalog, index, component, members);
  const entry = competitionRanks(scores).find((e) => e.unit === unit);
  return summarisable(catalog, index, members, scores.length) && entry ? { position: entry.rank, of: entry.rankOf } : undefined;
}

export interface BestUnit {
  unit: string;
  score: number;
}

/** The best unit of a year: the highest computed score, or the official rank 1 with a published score. */
export function bestUnit(figures: readonly Figure[], catalog: Catalog, index: string, component: string): BestUnit | undefined {
  const candidates = rankableFigures(figures, catalog, index, component);
  if (catalog.indices.get(index)?.rankKind === 'computed') {
    const top = competitionRanks(candidates.map((f) => ({ unit: f.unit, score: f.score ?? 0 })))[0];
    return top && { unit: top.unit, score: top.score };
  }
  const first = candidates.find((f) => f.rank === 1);
  return first?.score !== undefined ? { unit: first.unit, score: first.score } : undefined;
}
