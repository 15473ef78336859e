import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFigureFile } from './figures';
import { groupMembers } from './groups';
import { loadBundledCatalog, readData } from './testing/bundled-data';
import type { Catalog, Figure } from './types';

const DATA = join(__dirname, '..', '..', 'data');
function loadIndex(catalog: Catalog, index: string): Map<number, Figure[]> {
  const byYear = new Map<number, Figure[]>();
  for (const name of readdirSync(join(DATA, index)).filter((n) => /^\d{4}\.csv$/.test(n))) {
    const year = Number(name.slice(0, 4));
    const { figures, issues } = parseFigureFile(`${index}/${name}`, index, year, readData(`${index}/${name}`), catalog);
    expect(issues, `${index}/${name}`).toEqual([]);
    byYear.set(year, figures);
  }
  return byYear;
}

// The headline figures themselves are checked once, in data-contract.test.ts.
describe('the bundled data', () => {
  const catalog = loadBundledCatalog();

  it('validates without a single problem, for every index in the catalogue', () => {
    for (const index of catalog.indices.keys()) expect(loadIndex(catalog, index).size).toBeGreaterThan(0);
  });

  it('references only units, groups and sources that exist', () => {
    for (const unit of catalog.units.values()) {
      for (const code of [unit.parent, unit.region, unit.successor]) if (code) expect(catalog.units.has(code), `${unit.code} → ${code}`).toBe(true);
      for (const { group } of unit.peerGroups) expect(catalog.groups.has(group)).toBe(true);
      for (const source of unit.sources) expect(catalog.sources.has(source), `${unit.code} source ${source}`).toBe(true);
    }
  });

  it('has the five centrally-run cities to 2024 and the six of CV 915 from 2025, Huế joining under its old code', () => {
    expect(groupMembers(catalog, 'central-cities', 2024).sort()).toEqual(['P01', 'P20', 'P32', 'P50', 'P59'].sort());
    expect(groupMembers(catalog, 'central-cities', 2025).sort()).toEqual(['N25-can-tho', 'N25-da-nang', 'N25-hai-phong', 'N25-ho-chi-minh-city', 'P01', 'P31'].sort());
  });

  it('keeps aggregates of existing indices (or the portal measure), units and sources; the portal is never SIPAS', () => {
    expect(catalog.aggregates.length).toBeGreaterThan(0);
    for (const a of catalog.aggregates) {
      const where = `${a.index} ${a.year} ${a.measure}`;
      expect(catalog.indices.has(a.index) || a.measure === 'portal_satisfaction', where).toBe(true);
      expect(catalog.units.has(a.unit), where).toBe(true);
      for (const source of a.sources) expect(catalog.sources.has(source), `${where} source ${source}`).toBe(true);
    }
    expect(catalog.aggregates.filter((a) => a.measure === 'portal_satisfaction').every((a) => a.index === 'dvc-portal')).toBe(true);
    expect(catalog.aggregates.some((a) => a.index === 'sipas')).toBe(false);
  });

  it('keeps published statements that point at existing indices, units and sources', () => {
    expect(catalog.statements.length).toBeGreaterThan(0);
    for (const statement of catalog.statements) {
      expect(catalog.indices.has(statement.index)).toBe(true);
      expect(catalog.units.has(statement.unit)).toBe(true);
      for (const source of statement.sources) expect(catalog.sources.has(source), source).toBe(true);
    }
  });

  it('keeps assessment rows and lineage links that point at existing indices, units and sources', () => {
    for (const row of catalog.assessments) {
      expect(catalog.indices.has(row.index), row.index).toBe(true);
      expect(row.unitsValidOn).toMatch(/^\d{2}-\d{2}$/);
      for (const source of row.sources) expect(catalog.sources.has(source), source).toBe(true);
    }
    for (const link of catalog.lineage) {
      expect(catalog.units.has(link.unit), link.unit).toBe(true);
      if (link.predecessor) expect(catalog.units.has(link.predecessor), link.predecessor).toBe(true);
      for (const source of link.sources) expect(catalog.sources.has(source), source).toBe(true);
    }
  });
});
