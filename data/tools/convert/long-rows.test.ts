import { describe, expect, it } from 'vitest';
import { slotRows, type Measure, type Slot } from './long-rows';

const m = (fields: Partial<Measure>): Measure => ({ measure: 'score_pct', breakdown: '', value: '80.00', derived: false, note: '', sources: ['art-a'], ...fields });
const slot = (fields: Partial<Slot>): Slot => ({ year: '2020', unit: 'P59', component: 'total', score: [], rank: [], rank_of: [], extras: [], ...fields });

describe('value rows of a year, unit and component', () => {
  it('writes a published score with its rank and denominator, no derivation', () => {
    const [row] = slotRows(slot({ score: [m({})], rank: [m({ measure: 'rank', value: '22' })], rank_of: [m({ measure: 'rank_of', value: '63' })] }), 'par 2020 P59');
    expect(row).toEqual({ unit: 'P59', component: 'total', score: '80.00', rank: '22', rank_of: '63', status: 'published', source: 'art-a', derivation: '', note: '' });
  });

  it.each([
    ['a derived rank: its note is the derivation', { rank: [m({ measure: 'rank', value: '42', derived: true, note: '22 + 20 places' })], rank_of: [m({ measure: 'rank_of', value: '63' })] }, 'rank: 22 + 20 places', ''],
    ['a rank without a denominator: out of all 63', { rank: [m({ measure: 'rank', value: '5' })] }, 'rank_of: all 63 provinces ranked (reference README)', ''],
    ['a published note stays a note', { score: [m({ note: 'as printed' })] }, '', 'score: as printed'],
    ['a national mean says what it is', { score: [m({ kind: 'national mean' })] }, '', 'National mean as published.'],
  ])('derivation text: %s', (_what, fields, derivation, note) => {
    const [row] = slotRows(slot(fields), 'test');
    expect(row?.derivation).toBe(derivation);
    expect(row?.note).toBe(note);
    if (derivation.startsWith('rank_of')) expect(row?.rank_of).toBe('63');
  });

  it('keeps every published score when they disagree, one conflict row each, with the rank repeated', () => {
    const rows = slotRows(
      slot({ score: [m({ value: '81.10', note: 'CONFLICT: see the other' }), m({ value: '81.01', note: 'CONFLICT: typo?', sources: ['art-b'] })], rank: [m({ measure: 'rank', value: '6' })] }),
      'par 2018 P59',
    );
    expect(rows.map((r) => [r.score, r.status, r.rank, r.source])).toEqual([
      ['81.10', 'conflict', '6', 'art-a'],
      ['81.01', 'conflict', '6', 'art-b;art-a'],
    ]);
    expect(rows[0]?.note).toMatch(/^CONFLICT: 2 published scores disagree \(81.10 vs 81.01\); each is kept with its own source. The rank is not in conflict/);
  });

  it('refuses two scores when the reference does not mark them as a CONFLICT', () => {
    expect(() => slotRows(slot({ score: [m({ value: '80.00', note: 'CONFLICT' }), m({ value: '80.10' })] }), 'par 2019 P59')).toThrow('par 2019 P59: several scores without CONFLICT note');
  });

  it('refuses two different ranks', () => {
    expect(() => slotRows(slot({ rank: [m({ measure: 'rank', value: '6' }), m({ measure: 'rank', value: '7' })] }), 'par 2019 P59')).toThrow('conflicting ranks are not supported');
  });

  it('names the source of each field when the fields come from different sources, and keeps group facts as notes', () => {
    const [row] = slotRows(slot({ score: [m({})], rank: [m({ measure: 'rank', value: '51', sources: ['art-b'] })], extras: [m({ measure: 'group', value: 'B', note: 'group of 80-85%.' })] }), 'test');
    expect(row?.note).toBe('PAR group B (group of 80-85%). Sources by field: score ← art-a; rank ← art-b; group ← art-a.');
    expect(row?.source).toBe('art-a;art-b');
  });
});
