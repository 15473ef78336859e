import { describe, expect, it } from 'vitest';
import { bestUnit, groupMean, groupMembers, peerGroupsIn, positionInGroup } from './groups';
import { tinyCatalog } from './testing/tiny-catalog';
import type { Figure } from './types';

const f = (index: string, unit: string, score?: number, rank?: number, status: Figure['status'] = 'published'): Figure => ({
  index, year: 2024, unit, component: 'total', score, rank, rankOf: rank && 63, status, sources: ['s1'], derivation: '', note: '', line: 2,
});

describe('groups', () => {
  const catalog = tinyCatalog();

  it('lists the members of a region or peer group that existed in the year', () => {
    expect(groupMembers(catalog, 'R-DBSCL', 2024).sort()).toEqual(['P59', 'P60', 'P61']);
    expect(groupMembers(catalog, 'central-cities', 2024).sort()).toEqual(['P01', 'P59']);
    expect(groupMembers(catalog, 'R-DBSCL', 2025)).toEqual([]);
  });

  it('counts a unit that joins a peer group later only from the year it joined', () => {
    const hue = { ...catalog.units.get('P01')!, code: 'P31', peerGroups: [{ group: 'central-cities', fromYear: 2025 }] };
    const joined = { ...catalog, units: new Map([...catalog.units, ['P31', hue]]) };
    expect(peerGroupsIn(hue, 2024)).toEqual([]);
    expect(peerGroupsIn(hue, 2025)).toEqual(['central-cities']);
    expect(groupMembers(joined, 'central-cities', 2024).sort()).toEqual(['P01', 'P59']);
    expect(groupMembers(joined, 'central-cities', 2025)).toContain('P31');
  });

  it('takes a published regional mean as it is', () => {
    const figures = [f('par', 'R-DBSCL', 85.42), f('par', 'P59', 89)];
    expect(groupMean(figures, catalog, 'par', 'total', 'R-DBSCL', 2024)).toEqual({ value: 85.42, kind: 'published' });
  });

  it('computes no mean of an official index from a few members on file', () => {
    expect(groupMean([f('par', 'P59', 89), f('par', 'P60', 80)], catalog, 'par', 'total', 'R-DBSCL', 2024)).toBeUndefined();
    expect(groupMean([f('par', 'P59', 89), f('par', 'P60', 80), f('par', 'P61', 83)], catalog, 'par', 'total', 'R-DBSCL', 2024)).toEqual({ value: 84, kind: 'computed', count: 3 });
  });

  it('computes a PAPI group mean and position from the members with data', () => {
    const figures = [f('papi', 'P59', 40), f('papi', 'P60', 44), f('papi', 'P61', undefined, undefined, 'did_not_take_part')];
    expect(groupMean(figures, catalog, 'papi', 'total', 'R-DBSCL', 2024)).toEqual({ value: 42, kind: 'computed', count: 2 });
    expect(positionInGroup(figures, catalog, 'papi', 'total', 'P59', 'R-DBSCL', 2024)).toEqual({ position: 2, of: 2 });
  });

  it('finds the best unit: the highest computed score, or the official rank 1', () => {
    expect(bestUnit([f('papi', 'P59', 40), f('papi', 'P60', 44)], catalog, 'papi', 'total')).toEqual({ unit: 'P60', score: 44 });
    expect(bestUnit([f('par', 'P59', 89, 22), f('par', 'P01', 92, 1)], catalog, 'par', 'total')).toEqual({ unit: 'P01', score: 92 });
    expect(bestUnit([f('par', 'P59', 89, 22)], catalog, 'par', 'total')).toBeUndefined();
  });
});
