import type { Reference } from '@/state/view-state';

/** A group a reader can pick in one click, and the reference line that is its own mean. */
export interface GroupPick {
  codes: readonly string[];
  reference: Reference;
}

const GROUP_MEANS: readonly Reference[] = ['region', 'peers'];

/**
 * The reference lines after choosing units: picking exactly a group's members shows that group's own mean in
 * place of another group's (the centrally-run cities with their mean, not the Mekong Delta's); any other
 * choice leaves the lines as they are.
 */
export function refsForUnits(codes: readonly string[], refs: readonly Reference[], groups: readonly GroupPick[]): Reference[] {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((code) => b.includes(code));
  const group = groups.find((g) => same(g.codes, codes));
  if (!group) return [...refs];
  const kept = refs.filter((r) => !GROUP_MEANS.includes(r) || r === group.reference);
  return kept.includes(group.reference) ? kept : [...kept, group.reference];
}
