import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import type { Figure } from '@/domain/types';
import { viMessages as messages } from '@/i18n/all-vi';
import { enMessages as en } from '@/i18n/all-en';
import { comparisonExportTable, componentsExportTable, heatmapExportTable } from './components-export';
import { buildComponentsModel, componentsHeatmaps, driversYears, type ComponentsSelection } from './components-model';
import { parseSort, sortParam, sortRows } from './sort-rows';
import { summarySentences } from './summary';

const f = (year: number, unit: string, component: string, score?: number): Figure => ({
  index: 'papi', year, unit, component, score, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2,
});

const catalog = tinyCatalog();
const papi = catalog.indices.get('papi');
const canTho = catalog.units.get('P59');
if (!papi || !canTho) throw new Error('tiny catalogue incomplete');

const byYear = new Map([
  [2023, [f(2023, 'P59', 'total', 40.174), f(2023, 'P59', 'D1', 3.8642), f(2023, 'P59', 'SC11', 0.8), f(2023, 'P60', 'D1', 4)]],
  [2024, [f(2024, 'P59', 'total', 40.443), f(2024, 'P59', 'D1', 3.6055), f(2024, 'P59', 'SC11', 0.7), f(2024, 'P60', 'D1', 4.4), f(2024, 'P60', 'total', 44)]],
]);
const label = (u: { shortVi: string }) => u.shortVi;
const build = (parent = 'total', year?: number, more: Partial<ComponentsSelection> = {}) => buildComponentsModel(catalog, papi, byYear, { unit: canTho, year, parent, group: 'R-DBSCL', ...more });

describe('buildComponentsModel', () => {
  it('takes the latest year by default and explains the total change', () => {
    const model = build();
    expect(model?.year).toBe(2024);
    expect(model?.rows.map((r) => r.component.code)).toEqual(['D1']);
    expect(model?.parentResult).toEqual({ score: 40.443, max: 80, change: 0.269 });
    expect(model?.count).toMatchObject({ up: 0, down: 1 });
  });

  it('drills into a component and explains its change', () => {
    const model = build('D1');
    expect(model?.parent?.code).toBe('D1');
    expect(model?.rows.map((r) => r.component.code)).toEqual(['SC11']);
    expect(model?.parentResult).toMatchObject({ score: 3.6055, max: 10, change: -0.2587 });
  });

  it('ignores a drill-down into something that has no sub-components', () => {
    expect(build('SC11')?.parent).toBeUndefined();
  });

  it('checks a published up/down statement against the data, showing both', () => {
    const model = build();
    expect(model?.statements).toMatchObject([{ statement: { componentsUp: 3, componentsDown: 5 }, agrees: false }]);
  });

  it('builds heatmaps of years for the unit and of the group members for the year', () => {
    const model = build();
    if (!model) throw new Error('no model');
    const { byYear: years, byUnit } = componentsHeatmaps(catalog, byYear, model, label);
    expect(years.columns.map((c) => c.label)).toEqual(['2023', '2024']);
    expect(years.rows[0]?.cells).toEqual([38.64, 36.06]);
    expect(byUnit.rows.map((r) => [r.key, r.emphasis, r.cells[0]])).toEqual([
      ['P60', false, 44],
      ['P59', true, 36.06],
      ['P61', false, null],
    ]);
  });

  it('compares each row with the group chosen: the Mekong Delta, or the centrally-run cities', () => {
    // 2024 D1: Cần Thơ 3,6055 and Hậu Giang 4,4 in the delta; of the cities only Cần Thơ has a score.
    expect(build()?.rows[0]?.gapToGroup).toBeCloseTo(3.6055 - (3.6055 + 4.4) / 2, 6);
    expect(build('total', undefined, { group: 'central-cities' })?.rows[0]).toMatchObject({ gapToGroup: 0, groupMean: { count: 1 } });
  });

  it('compares the year before with the year shown by default, or the two years chosen', () => {
    const comparison = build()?.comparison;
    expect(comparison?.years).toEqual([2023, 2024]);
    expect(comparison?.result).toMatchObject({ yearA: 2023, yearB: 2024, rows: [{ component: { code: 'D1' }, scoreA: 3.8642, scoreB: 3.6055, change: -0.2587 }] });
    expect(comparison?.figures.map((f) => `${f.year} ${f.unit} ${f.component}`)).toEqual(['2023 P59 D1', '2024 P59 D1']);
    expect(comparison?.sources.map((s) => s.id)).toEqual(['s1']);
    expect(build('D1', 2024, { compare: [2023, 2024] })?.comparison?.result?.rows.map((r) => [r.component.code, r.change])).toEqual([['SC11', -0.1]]);
    expect(build('total', 2023)?.comparison?.result).toBeUndefined();
  });

  it('gives the drivers slide the two years compared, the earlier only when it is not the year before', () => {
    const withEarlier = new Map([[2022, [f(2022, 'P59', 'total', 39), f(2022, 'P59', 'D1', 3.5)]], ...byYear]);
    const model = (compare?: [number, number]) => buildComponentsModel(catalog, papi, withEarlier, { unit: canTho, parent: 'total', group: 'R-DBSCL', compare });
    const years = (compare?: [number, number]) => {
      const built = model(compare);
      return built?.comparison && driversYears(built.comparison, built.year);
    };
    expect(years()).toEqual({ year: 2024 });
    expect(years([2022, 2024])).toEqual({ year: 2024, from: 2022 });
    expect(years([2022, 2023])).toEqual({ year: 2023 });
    expect(years([2023, 2024])).toEqual({ year: 2024 });
    // One year alone has scores: the year shown.
    const lone = build('total', 2023);
    expect(lone?.comparison && driversYears(lone.comparison, lone.year)).toEqual({ year: 2023 });
    // Across PAPI's 2018 change of method nothing is compared: the drivers of the year before, as the view's chart shows.
    const across = { years: [2017, 2024], result: { yearA: 2017, yearB: 2024, methodBreak: { year: 2018, kind: 'total' as const }, rows: [] }, figures: [], sources: [] };
    expect(driversYears(across, 2024)).toEqual({ year: 2024 });
  });

  it('says when the unit has no component scores rather than showing zeros', () => {
    const model = buildComponentsModel(catalog, papi, byYear, { unit: catalog.units.get('P01') ?? canTho, parent: 'total', group: 'R-DBSCL' });
    expect(model?.unitHasScores).toBe(false);
    expect(model?.rows[0]?.score).toBeUndefined();
  });
});

describe('summary', () => {
  it('is built from the numbers shown, in Vietnamese and in English', () => {
    const model = build();
    if (!model) throw new Error('no model');
    const name = (x: { nameVi: string }) => x.nameVi;
    expect(summarySentences(model, messages.components, 'vi', name)).toEqual([
      'Năm 2024, PAPI của Cần Thơ đạt 40,44/80 (+0,27 so với 2023).',
      '0/1 chỉ số nội dung tăng điểm, 1 giảm.',
      'Giảm mạnh nhất: Tham gia của người dân ở cấp cơ sở (\u22120,26).',
      'Thấp hơn trung bình các tỉnh (tính toán) nhiều nhất: Tham gia của người dân ở cấp cơ sở (\u22120,40).',
    ]);
    expect(summarySentences(model, en.components, 'en', (x: { nameEn: string }) => x.nameEn)[0]).toBe('In 2024, Can Tho scored 40.44/80 on the PAPI (+0.27 on 2023).');
  });
});

describe('table sort', () => {
  it('sorts by the gap to the national mean, furthest below first, by default; rows without a value go last', () => {
    const rows = [{ gapToMean: -0.01, pointsLost: 8 }, { gapToMean: undefined, pointsLost: 1 }, { gapToMean: -1.37, pointsLost: 6 }].map((r, i) => ({ ...r, component: { order: i } })) as never;
    expect(sortRows(rows, parseSort(undefined)).map((r) => r.gapToMean)).toEqual([-1.37, -0.01, undefined]);
    expect(sortRows(rows, parseSort('-lost')).map((r) => r.pointsLost)).toEqual([8, 6, 1]);
  });

  it('keeps the default out of the URL', () => {
    expect(sortParam({ key: 'mean', descending: false })).toBeUndefined();
    expect(sortParam({ key: 'lost', descending: true })).toBe('-lost');
    expect(sortParam({ key: 'change', descending: false })).toBe('change');
    expect(parseSort('nonsense')).toEqual({ key: 'mean', descending: false });
  });
});

describe('exports', () => {
  it('write the components table and the heatmaps as shown', () => {
    const model = build();
    if (!model) throw new Error('no model');
    const columns = { name: 'Thành phần', score: 'Điểm', max: 'Tối đa', mean: 'TB', group: 'TB vùng', pct: '%', lost: 'Mất', best: 'Tốt nhất', change: 'Thay đổi' };
    const table = componentsExportTable(model.rows, columns, 'Mã', (r) => r.component.nameVi, 'points');
    expect(table.header).toEqual(['Mã', 'Thành phần', 'Điểm', 'Tối đa', 'TB', 'TB vùng', '%', 'Mất', 'Tốt nhất', 'Thay đổi']);
    expect(table.rows[0]).toEqual(['D1', 'Tham gia của người dân ở cấp cơ sở', 3.6055, 10, -0.39725, -0.39725, 28.95, 6.3945, expect.any(Number), -0.2587]);
    // The decimals the table shows: score 2, maximum as it is, gaps signed, % of the range 1, changes signed.
    const signed = { decimals: 2, signed: true };
    expect(table.columns).toEqual([undefined, undefined, { decimals: 2, percent: false }, undefined, signed, signed, { decimals: 1, percent: true }, { decimals: 2 }, signed, signed]);
    expect(heatmapExportTable(componentsHeatmaps(catalog, byYear, model, label).byYear, 'Thành phần')).toEqual({ header: ['Thành phần', '2023', '2024'], rows: [['D1 · Tham gia', 38.64, 36.06]], columns: [undefined, { decimals: 0 }, { decimals: 0 }] });
    expect(model.figures.map((f) => f.component)).toEqual(['D1']);
  });

  it('write the comparison of two years as shown: its column names, its order, scores and change rounded as on screen', () => {
    const rows = build()?.comparison?.result?.rows ?? [];
    const header = ['Mã', 'Thành phần', 'Điểm 2023', 'Điểm 2024', 'Thay đổi 2023→2024'];
    expect(comparisonExportTable(rows, header, (r) => r.component.nameVi, 'points')).toEqual({
      header,
      rows: [['D1', 'Tham gia của người dân ở cấp cơ sở', 3.8642, 3.6055, -0.2587]],
      columns: [undefined, undefined, { decimals: 2, percent: false }, { decimals: 2, percent: false }, { decimals: 2, signed: true }],
    });
  });
});
