import { describe, expect, it } from 'vitest';
import { unitResults } from '@/domain/results';
import { CAN_THO } from '@/domain/codes';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { TOTAL } from '@/domain/types';
import { numberSources } from './trend-sources';

describe("numberSources on Cần Thơ's bundled PAR Index", () => {
  const catalog = loadBundledCatalog();
  const results = unitResults(loadBundledIndex(catalog, 'par'), catalog, 'par', CAN_THO, TOTAL);
  const { sources, byYear } = numberSources(catalog, results);
  const idsOf = (year: number) => (byYear.get(year) ?? []).map((n) => sources[n - 1]?.id);

  it('cites each year its own sources: 2018–2019 VietnamPlus, 2020 the city PAR portal', () => {
    expect(idsOf(2018)).toEqual(['vietnamplus-can-tho-tut-23-hang']);
    expect(idsOf(2019)).toEqual(['vietnamplus-can-tho-tut-23-hang']);
    expect(idsOf(2020)).toEqual(['cchccantho-ket-qua-par-2021']);
    expect(idsOf(2021)).toContain('cchccantho-ket-qua-par-2021');
  });

  it('numbers each source once and leaves a year without a row uncited', () => {
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    expect(idsOf(2012)).toEqual([]);
  });
});
