import { describe, expect, it } from 'vitest';
import { evaluateTarget, unitsExistingOn } from './plans-evaluate';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from './testing/bundled-data';
import { CAN_THO, PAPI_2024 } from './testing/real-figures';

describe('the bundled plan files', () => {
  const catalog = loadBundledCatalog();
  const { data, issues } = loadBundledPlans(catalog);

  it('validate without a single problem', () => {
    expect(issues).toEqual([]);
  });

  it('hold the sourced instruments, and no task that no source gives', () => {
    expect(data?.plans.map((p) => [p.number, p.date])).toEqual([
      ['1823/QĐ-UBND', '2018-07-23'],
      ['4168/QĐ-UBND', '2021-12-27'],
      ['153/KH-UBND', '2022-07-12'],
      ['', '2023-05-18'],
      ['', '2024-06-06'],
      ['101/KH-UBND', '2025-10-02'],
    ]);
    expect(data?.tasks).toEqual([]);
    // In the alphabetical order of their Vietnamese names: Sở Nội vụ, Ủy ban Mặt trận…, Ủy ban nhân dân….
    expect([...(data?.agencies.keys() ?? [])]).toEqual(['snv', 'mttq-tp', 'ubnd-tp']);
  });

  it('measure the PAPI top-15 target of 4168/QĐ-UBND: 2025 not published, 59/61 in 2024, on a new unit from 2025', () => {
    const [target] = data?.targets ?? [];
    if (!target) throw new Error('no target');
    const evaluation = evaluateTarget(catalog, loadBundledIndex(catalog, 'papi'), target);
    expect(evaluation).toMatchObject({
      outcome: 'not-yet',
      measuredUnit: 'N25-can-tho',
      latest: { year: PAPI_2024.year, unit: CAN_THO, rank: PAPI_2024.rank, meets: false },
    });
    expect(unitsExistingOn(catalog, 'province', '2021-12-27')).toBe(63);
    expect(unitsExistingOn(catalog, 'province', '2025-12-31')).toBe(34);
  });
});
