import type { ComponentsResult } from './components';
import { fail } from './errors';
import { periodFor } from './periods';
import type { Component, Period } from './schema';
import type { SourceRegistry } from './sources';
import type { Tables } from './tables';
import type { UnitsResult } from './units';

/** What the value converters share: the tables, the sources, and the units and components built first. */
export interface Context {
  tables: Tables;
  sources: SourceRegistry;
  periods: readonly Period[];
  provinces: UnitsResult['provinces'];
  provinceNameByCode: ReadonlyMap<string, string>;
  districtCode: ReadonlyMap<string, string>;
  regionByVi: ReadonlyMap<string, string>;
  sipasElementByVi: ReadonlyMap<string, string>;
  componentsByPeriod: ReadonlyMap<string, ReadonlySet<string>>;
  /** Position of a unit in units.csv: the row order of every value file. */
  unitIndex(code: string): number;
  /** Position of a component in components.csv within the period of an index's year; 'total' first. */
  componentOrder(index: string, year: string): (component: string) => number;
}

export function buildContext(tables: Tables, sources: SourceRegistry, units: UnitsResult, components: ComponentsResult): Context {
  const unitOrder = new Map(units.units.map((u, i) => [u.code, i]));
  const compOrder = new Map<string, Map<string, number>>();
  components.comps.forEach((c: Component, i) => {
    const m = compOrder.get(c.period) ?? new Map<string, number>();
    m.set(c.code, i + 1);
    compOrder.set(c.period, m);
  });
  return {
    tables,
    sources,
    periods: tables.periods,
    provinces: units.provinces,
    provinceNameByCode: new Map(units.provinces.map((p) => [p.code, p.name_vi])),
    districtCode: units.districtCode,
    regionByVi: new Map(tables.regions.map((r) => [r.name_vi, r.code])),
    sipasElementByVi: components.sipasElementByVi,
    componentsByPeriod: new Map([...compOrder].map(([period, m]) => [period, new Set(m.keys())])),
    unitIndex: (code) => unitOrder.get(code) ?? fail(`unknown unit ${code}`),
    componentOrder: (index, year) => {
      const m = compOrder.get(periodFor(tables.periods, index, year).period) ?? new Map<string, number>();
      return (c) => (c === 'total' ? 0 : (m.get(c) ?? fail(`unknown component ${c}`)));
    },
  };
}
