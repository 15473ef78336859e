import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import type { Figure, IndexDef, Unit } from '@/domain/types';
import { groupPositions } from './group-positions';

const catalog = loadBundledCatalog();
const par = catalog.indices.get('par') as IndexDef;
const unit = (code: string) => catalog.units.get(code) as Unit;
// 2025 figures are made up (TEST-NOT-REAL), as an import would add them.
const figure = (year: number, code: string, score: number): Figure => ({
  index: 'par', year, unit: code, component: 'total', score, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2,
});

describe('groupPositions: the region of a year', () => {
  it.each([
    [2024, 'P59', false],
    [2025, 'N25-can-tho', true],
  ])('in %i the Mekong Delta of %s is inferred: %s', (year, code, inferred) => {
    const positions = groupPositions(catalog, par, [figure(year, code, 89)], 'total', unit(code), year);
    expect(positions.find((p) => p.kind === 'region')).toMatchObject({ group: { code: 'R-DBSCL' }, inferred });
  });
});
