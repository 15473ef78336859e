import { describe, expect, it } from 'vitest';
import { evaluateTarget, unitInYear, unitsExistingOn } from './plans-evaluate';
import type { Target, TargetGoal } from './plans-types';
import type { FiguresByYear } from './results';
import { tinyCatalog } from './testing/tiny-catalog';
import type { Figure } from './types';

const catalog = tinyCatalog();
const f = (index: string, year: number, unit: string, score?: number, extra: Partial<Figure> = {}): Figure => ({
  index, year, unit, component: 'total', score, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});
const target = (index: string, goal: TargetGoal, targetYear: number, unit = 'P59'): Target => ({
  plan: 'p', index, component: 'total', unit, goal, targetYear, note: '', sources: ['s1'], line: 2,
});

// PAPI ranks are computed: in 2024 Cần Thơ is last of the four provinces with a score.
const papi: FiguresByYear = new Map([
  [2023, [f('papi', 2023, 'P59', 44), f('papi', 2023, 'P60', 43), f('papi', 2023, 'P61', 42), f('papi', 2023, 'P01', 41)]],
  [2024, [f('papi', 2024, 'P59', 40.44), f('papi', 2024, 'P60', 43), f('papi', 2024, 'P61', 42), f('papi', 2024, 'P01', 44), f('papi', 2024, 'N25-can-tho', undefined, { status: 'not_published' })]],
]);
const par: FiguresByYear = new Map([
  [2023, [f('par', 2023, 'P59', undefined, { rank: 42, rankOf: 63 })]],
  [2024, [f('par', 2024, 'P59', 89.13, { rank: 22, rankOf: 63 })]],
]);

describe('target against actual', () => {
  it('measures a rank target in its year, with the rank’s own denominator', () => {
    expect(evaluateTarget(catalog, par, target('par', { kind: 'rank-at-most', rank: 25 }, 2024))).toEqual({
      target: expect.anything(),
      outcome: 'met',
      measuredUnit: 'P59',
      atTarget: { year: 2024, unit: 'P59', rank: { rank: 22, rankOf: 63, kind: 'official' }, meets: true },
    });
    expect(evaluateTarget(catalog, par, target('par', { kind: 'rank-at-most', rank: 40 }, 2023))).toMatchObject({ outcome: 'not-met', atTarget: { rank: { rank: 42, rankOf: 63 } } });
    expect(evaluateTarget(catalog, papi, target('papi', { kind: 'rank-at-most', rank: 3 }, 2024))).toMatchObject({
      outcome: 'not-met',
      atTarget: { rank: { rank: 4, rankOf: 4, kind: 'computed' }, meets: false },
    });
  });

  it('measures a score target', () => {
    expect(evaluateTarget(catalog, par, target('par', { kind: 'score-at-least', score: 89.13 }, 2024)).outcome).toBe('met');
    expect(evaluateTarget(catalog, par, target('par', { kind: 'score-at-least', score: 90 }, 2024))).toMatchObject({ outcome: 'not-met', atTarget: { score: 89.13 } });
  });

  it('has no verdict for a year not published yet, but gives the latest figure of the unit of its own year', () => {
    const evaluation = evaluateTarget(catalog, papi, target('papi', { kind: 'rank-at-most', rank: 3 }, 2025));
    expect(evaluation).toMatchObject({ outcome: 'not-yet', measuredUnit: 'N25-can-tho' });
    expect(evaluation.atTarget).toBeUndefined();
    expect(evaluation.latest).toEqual({ year: 2024, unit: 'P59', rank: { rank: 4, rankOf: 4, kind: 'computed' }, meets: false });
  });

  it('says "no data" for a published year without the unit’s figure, and looks further back', () => {
    const evaluation = evaluateTarget(catalog, par, target('par', { kind: 'score-at-least', score: 85 }, 2023));
    expect(evaluation).toMatchObject({ outcome: 'no-data', latest: undefined });
    const later = evaluateTarget(catalog, new Map([...par, [2025, []]]), target('par', { kind: 'score-at-least', score: 85 }, 2025));
    expect(later).toMatchObject({ outcome: 'no-data', measuredUnit: 'N25-can-tho', latest: { year: 2024, unit: 'P59', score: 89.13, meets: true } });
  });

  it('measures a group target on the computed quartile bands', () => {
    expect(evaluateTarget(catalog, papi, target('papi', { kind: 'group', band: 'best' }, 2023))).toMatchObject({ outcome: 'met', atTarget: { band: 'best' } });
    expect(evaluateTarget(catalog, papi, target('papi', { kind: 'group', band: 'low-average' }, 2024))).toMatchObject({ outcome: 'not-met', atTarget: { band: 'poorest' } });
  });

  it('cannot measure a group target of an index whose groups are published, not computed', () => {
    expect(evaluateTarget(catalog, par, target('par', { kind: 'group', band: 'best' }, 2024))).toEqual({ target: expect.anything(), outcome: 'not-measurable', measuredUnit: 'P59' });
  });

  it('measures "in the top N of a group" on the members of the region', () => {
    expect(evaluateTarget(catalog, papi, target('papi', { kind: 'top-in-group', position: 2, group: 'R-DBSCL' }, 2024))).toMatchObject({
      outcome: 'not-met',
      atTarget: { position: { position: 3, of: 3 } },
    });
    expect(evaluateTarget(catalog, papi, target('papi', { kind: 'top-in-group', position: 1, group: 'R-DBSCL' }, 2023)).outcome).toBe('met');
  });
});

describe('units over time', () => {
  it('measures Cần Thơ before 2025 on P59 and from 2025 on the new unit', () => {
    expect(unitInYear(catalog, 'P59', 2024)).toBe('P59');
    expect(unitInYear(catalog, 'P59', 2025)).toBe('N25-can-tho');
    expect(unitInYear(catalog, 'P01', 2030)).toBe('P01');
  });

  it('counts the units of a level that exist on a date', () => {
    expect(unitsExistingOn(catalog, 'province', '2021-12-27')).toBe(4);
    expect(unitsExistingOn(catalog, 'province', '2025-12-31')).toBe(2);
  });
});
