import { describe, expect, it } from 'vitest';
import { parseCatalog } from './catalog';
import { TINY_CATALOG_TEXTS } from './testing/tiny-catalog';

describe('parseCatalog', () => {
  it('reads every catalogue file into typed maps', () => {
    const { catalog, issues } = parseCatalog(TINY_CATALOG_TEXTS);
    expect(issues).toEqual([]);
    expect(catalog?.units.get('P59')).toMatchObject({ level: 'province', region: 'R-DBSCL', peerGroups: [{ group: 'central-cities' }], validTo: '2025-06-30' });
    expect(catalog?.indices.get('papi')).toMatchObject({ scoreUnit: 'points', rankKind: 'computed', firstYear: 2011 });
    expect(catalog?.periods.find((p) => p.period === 'papi-2018')).toMatchObject({ totalMin: 8, totalMax: 80, breakBefore: 'total', toYear: undefined });
    expect(catalog?.components.find((c) => c.code === 'SC11')).toMatchObject({ parent: 'D1', maxPoints: 2.5 });
    expect(catalog?.statements).toMatchObject([{ index: 'papi', year: 2024, unit: 'P59', componentsUp: 3, componentsDown: 5 }]);
    expect(catalog?.aggregates[1]).toEqual({
      index: 'ct-par', year: 2015, unit: 'P59', level: 'district', measure: 'mean_score', subject: '', value: 83.93, valueUnit: 'points',
      sources: ['s1'], derivation: '84.05 - 0.12 = 83.93', note: '',
    });
  });

  it('reports an aggregate whose unit of value or number is not allowed, naming file, line and column', () => {
    const broken = { ...TINY_CATALOG_TEXTS, 'aggregates.csv': TINY_CATALOG_TEXTS['aggregates.csv'].replace('84.05,points', '84.05,score').replace('83.93,points', 'n/a,points') };
    const { catalog, issues } = parseCatalog(broken);
    expect(catalog).toBeUndefined();
    expect(issues).toMatchObject([
      { file: 'aggregates.csv', line: 2, column: 'unit_of_value', kind: 'unknown-value', raw: 'score' },
      { file: 'aggregates.csv', line: 3, column: 'value', kind: 'not-a-number', raw: 'n/a' },
    ]);
  });

  it('reads a peer group joined later (central-cities@2025) and reports a malformed one', () => {
    const later = { ...TINY_CATALOG_TEXTS, 'units.csv': TINY_CATALOG_TEXTS['units.csv'].replace('P01,Hà Nội,Hanoi,Hà Nội,Hanoi,province,VN,,central-cities', 'P01,Hà Nội,Hanoi,Hà Nội,Hanoi,province,VN,,central-cities@2025') };
    expect(parseCatalog(later).catalog?.units.get('P01')?.peerGroups).toEqual([{ group: 'central-cities', fromYear: 2025 }]);
    const broken = { ...TINY_CATALOG_TEXTS, 'units.csv': TINY_CATALOG_TEXTS['units.csv'].replace('P01,Hà Nội,Hanoi,Hà Nội,Hanoi,province,VN,,central-cities', 'P01,Hà Nội,Hanoi,Hà Nội,Hanoi,province,VN,,central-cities@25') };
    const { catalog, issues } = parseCatalog(broken);
    expect(catalog).toBeUndefined();
    expect(issues).toMatchObject([{ file: 'units.csv', column: 'peer_groups', kind: 'unknown-value', raw: 'central-cities@25' }]);
  });

  it('returns no catalogue when a file has a problem, naming file, line and column', () => {
    const broken = { ...TINY_CATALOG_TEXTS, 'units.csv': TINY_CATALOG_TEXTS['units.csv'].replace('P60,Hậu Giang,Hau Giang,Hậu Giang,Hau Giang,province', 'P60,Hậu Giang,Hau Giang,Hậu Giang,Hau Giang,city') };
    const { catalog, issues } = parseCatalog(broken);
    expect(catalog).toBeUndefined();
    expect(issues).toMatchObject([{ file: 'units.csv', line: 5, column: 'level', kind: 'unknown-value', raw: 'city' }]);
  });
});
