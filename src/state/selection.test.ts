import { describe, expect, it } from 'vitest';
import { tinyCatalog } from '@/domain/testing/tiny-catalog';
import { selectComparison, selectComponent, selectGroup, selectGrouping, selectIndex, selectUnit, selectUnits, selectYear } from './selection';

const catalog = tinyCatalog();
const units = (...codes: string[]) => codes.map((code) => catalog.units.get(code)!);
const provinces = units('P59', 'P60', 'P61', 'P01');
const withoutCanTho = units('P60', 'P61');
const components = [{ code: 'total' }, { code: 'D1' }, { code: 'SC11' }];

describe('the selection a view shows, with its fallbacks', () => {
  it.each<[string, () => unknown, unknown]>([
    ['the chosen index', () => selectIndex(catalog, 'par')?.code, 'par'],
    ['PAPI for an unknown index', () => selectIndex(catalog, 'moon')?.code, 'papi'],
    ['the chosen index when it ranks the level', () => selectIndex(catalog, 'par', 'province')?.code, 'par'],
    ['no index for a level none ranks', () => selectIndex(catalog, 'papi', 'district'), undefined],
    ['the chosen year with data', () => selectYear([2023, 2024], 2023, 'latest'), 2023],
    ['the latest year for a year without data', () => selectYear([2024, 2021, 2023], 2011, 'latest'), 2024],
    ['the latest year when none is chosen', () => selectYear([2021, 2024], undefined, 'latest'), 2024],
    ['all years for a year without data, where a view can show all', () => selectYear([2023, 2024], 2011, 'all'), undefined],
    ['no year when nothing has data', () => selectYear([], 2024, 'latest'), undefined],
    ['the chosen component', () => selectComponent(components, 'SC11'), 'SC11'],
    ['the total for a component the index lacks', () => selectComponent(components, 'F1'), 'total'],
    ['the total from a list without it', () => selectComponent([{ code: 'D1' }], 'F1'), 'total'],
    ['the chosen units that can be shown, in order', () => selectUnits(provinces, ['P01', 'CT-ninh-kieu', 'P59']), ['P01', 'P59']],
    ['no units when none can be shown', () => selectUnits(provinces, ['CT-ninh-kieu']), []],
    ['the first chosen unit that can be shown', () => selectUnit(provinces, ['CT-ninh-kieu', 'P60', 'P01'])?.code, 'P60'],
    ['Cần Thơ when no chosen unit can be shown', () => selectUnit(provinces, ['CT-ninh-kieu'])?.code, 'P59'],
    ['the first unit when Cần Thơ cannot be shown either', () => selectUnit(withoutCanTho, [])?.code, 'P60'],
    ['the chosen group', () => selectGroup(['R-DBSCL', 'central-cities'], 'central-cities'), 'central-cities'],
    ['the Mekong Delta for a group not offered', () => selectGroup(['R-DBSCL', 'central-cities'], 'P01'), 'R-DBSCL'],
    ['the chosen pair of years to compare when both have results', () => selectComparison([2017, 2023, 2024], [2017, 2024], 2023), [2017, 2024]],
    ['the latest year with a result before the one shown, and that one, by default', () => selectComparison([2019, 2021, 2024], undefined, 2024), [2021, 2024]],
    ['the default pair for a chosen year without results', () => selectComparison([2023, 2024], [2011, 2024], 2024), [2023, 2024]],
    ['no pair when no year before the one shown has results', () => selectComparison([2018, 2024], undefined, 2018), undefined],
    ['the chosen task grouping', () => selectGrouping(['agency', 'status'], 'status'), 'status'],
    ['the first task grouping for one not offered', () => selectGrouping(['component', 'status'], 'agency'), 'component'],
  ])('%s', (_, select, expected) => {
    expect(select()).toEqual(expected);
  });
});
