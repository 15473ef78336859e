import { describe, expect, it } from 'vitest';
import { compareYears, yearsWithComponents } from './component-comparison';
import { breakIn } from './methodology';
import { loadBundledCatalog, loadBundledIndex } from './testing/bundled-data';
import { CAN_THO } from './testing/real-figures';

const catalog = loadBundledCatalog();
const papi = loadBundledIndex(catalog, 'papi');

describe('year A vs year B of the components (Cần Thơ, PAPI, bundled data)', () => {
  it('gives each dimension its two scores and the change, largest fall first', () => {
    const { rows, methodBreak } = compareYears(catalog, 'papi', papi, CAN_THO, 2023, 2024);
    expect(methodBreak).toBeUndefined();
    expect(rows.map((r) => r.component.code)).toEqual(['D2', 'D1', 'D3', 'D7', 'D5', 'D8', 'D6', 'D4']);
    // data/papi/2023.csv and 2024.csv: D2 4.752471 → 4.449790.
    expect(rows[0]).toMatchObject({ scoreA: 4.752471, scoreB: 4.44979, change: -0.302681 });
    expect(rows.at(-1)?.change).toBeCloseTo(6.822668 - 6.42318, 6);
  });

  it('draws nothing across the 2018 change of method, and says which change it is', () => {
    expect(compareYears(catalog, 'papi', papi, CAN_THO, 2017, 2024)).toEqual({ yearA: 2017, yearB: 2024, methodBreak: { year: 2018, kind: 'total' }, rows: [] });
  });

  it('compares sub-dimensions only within one set of sub-dimensions', () => {
    expect(compareYears(catalog, 'papi', papi, CAN_THO, 2018, 2024, 'D5')).toMatchObject({ methodBreak: { year: 2019, kind: 'subcomponents' }, rows: [] });
    const since2021 = compareYears(catalog, 'papi', papi, CAN_THO, 2021, 2024, 'D5');
    expect(since2021.methodBreak).toBeUndefined();
    expect(since2021.rows.map((r) => [r.component.code, r.change])).toEqual([
      ['SC53', -0.08359766],
      ['SC54', -0.033459663],
      ['SC51', 0.148722887],
    ].map(([code, change]) => [code, expect.closeTo(change as number, 6)]));
  });

  it('lists the years with component scores, under the total or a dimension', () => {
    expect(yearsWithComponents(catalog, 'papi', papi, CAN_THO)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(yearsWithComponents(catalog, 'par', loadBundledIndex(catalog, 'par'), CAN_THO)).toEqual([]);
  });
});

describe('breakIn', () => {
  it.each([
    ['none within a period', 2019, 2020, 'component', undefined],
    ['a change of sub-components for sub-components', 2020, 2021, 'component', { year: 2021, kind: 'subcomponents' }],
    ['no change of sub-components for the dimensions', 2020, 2021, 'total', undefined],
    ['the first of several, in either order', 2024, 2015, 'component', { year: 2016, kind: 'subcomponents' }],
    ['the change of method for the dimensions', 2011, 2024, 'total', { year: 2018, kind: 'total' }],
  ] as const)('%s', (_, from, to, level, expected) => {
    expect(breakIn(catalog, 'papi', from, to, level)).toEqual(expected);
  });
});
