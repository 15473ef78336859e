import { assert } from './errors';
import type { ValueRow } from './schema';
import { joinIds, uniq } from './text';

/** One figure of a long file (par-index.csv, sipas.csv) with its sources. */
export interface Measure {
  measure: string;
  breakdown: string;
  value: string;
  derived: boolean;
  note: string;
  sources: string[];
  /** For means: what the figure is ("national mean", "regional mean"). */
  kind?: string;
}

/** Every figure of one year, unit and component. */
export interface Slot {
  year: string;
  unit: string;
  component: string;
  score: Measure[];
  rank: Measure[];
  rank_of: Measure[];
  /** Facts kept only as notes (PAR group, rank in a group). */
  extras: Measure[];
}

const withoutStop = (s: string) => s.replace(/\.$/, '');

/**
 * The value rows of a slot. Several published scores are all kept, one row each, with status
 * 'conflict' (each must say CONFLICT in its note); a derived figure's note becomes its derivation;
 * a rank without a denominator is out of all 63 provinces.
 */
export function slotRows(g: Slot, where: string): ValueRow[] {
  const distinct = (list: Measure[]) => uniq(list.map((x) => x.value));
  assert(distinct(g.rank).length <= 1 && distinct(g.rank_of).length <= 1, `${where}: conflicting ranks are not supported`);
  const rank = g.rank[0];
  const rankOf = g.rank_of[0];
  const conflict = g.score.length > 1;
  if (conflict) {
    for (const v of g.score) assert(/CONFLICT/.test(v.note), `${where}: several scores without CONFLICT note`);
  }
  const variants: (Measure | undefined)[] = g.score.length > 0 ? g.score : [undefined];
  return variants.map((score) => {
    const derivation: string[] = [];
    const notes: string[] = [];
    const bySource: string[] = [];
    const add = (label: string, m: Measure | undefined) => {
      if (!m) return;
      if (m.derived) derivation.push(`${label}: ${m.note}`);
      else if (m.note) notes.push(`${label}: ${m.note}`);
      bySource.push(`${label} ← ${m.sources.join(', ')}`);
    };
    if (score?.kind) notes.push(`${score.kind[0]?.toUpperCase()}${score.kind.slice(1)} as published${score.breakdown ? ` ('${score.breakdown}')` : ''}.`);
    add('score', score);
    add('rank', rank);
    add('rank_of', rankOf);
    let rankOfValue = rankOf ? rankOf.value : '';
    if (rank && !rankOf) {
      rankOfValue = '63';
      derivation.push('rank_of: all 63 provinces ranked (reference README)');
    }
    for (const x of g.extras) {
      const detail = x.note ? ` (${withoutStop(x.note)})` : '';
      notes.push(x.measure === 'group' ? `PAR group ${x.value}${detail}.` : `Rank in group '${x.breakdown}': ${x.value}${detail}.`);
      bySource.push(`${x.measure} ← ${x.sources.join(', ')}`);
    }
    if (conflict) {
      notes.unshift(`CONFLICT: ${g.score.length} published scores disagree (${g.score.map((v) => v.value).join(' vs ')}); each is kept with its own source.${rank ? ' The rank is not in conflict and is repeated on each row.' : ''}`);
    }
    const allSources = [score, rank, rankOf, ...g.extras].filter((m) => m !== undefined).map((m) => m.sources);
    if (uniq(allSources.map((s) => s.join(';'))).length > 1) notes.push(`Sources by field: ${bySource.join('; ')}.`);
    return {
      unit: g.unit, component: g.component,
      score: score ? score.value : '', rank: rank ? rank.value : '', rank_of: rankOfValue,
      status: conflict ? 'conflict' : 'published',
      source: joinIds(allSources.flat()),
      derivation: derivation.join(' | '),
      note: notes.join(' '),
    };
  });
}
