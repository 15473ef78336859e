import { describe, expect, it } from 'vitest';
import { viMessages as messages } from '@/i18n/all-vi';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import type { Figure } from '@/domain/types';
import type { FiguresByYear } from '@/domain/results';
import { buildComponentsModel, componentsHeatmaps, type ComponentsModel, type ComponentsSelection } from './components-model';
import { summarySentences } from './summary';

// The bundled real data: every yearly file of an index, fed to the model as the view receives them.
const catalog = loadBundledCatalog();
const label = (item: { shortVi: string }) => item.shortVi;
const name = (item: { nameVi: string }) => item.nameVi;

/** The years loaded so far (`arrived`), the others still loading. */
function stage(whole: ReadonlyMap<number, readonly Figure[]>, arrived: readonly number[]) {
  const byYear = new Map([...whole].filter(([year]) => arrived.includes(year)));
  return { byYear, loading: [...whole.keys()].filter((year) => !arrived.includes(year)) };
}

const GROUP = 'R-DBSCL';
/** A model and the figures it was made from, which its heatmaps read. */
type Made = { model: ComponentsModel; figures: FiguresByYear };
const yearHeatmapOf = ({ model, figures }: Made) => componentsHeatmaps(catalog, figures, model, label).byYear;

/** Every figure an early model shows equals the final model's; the parts it cannot know yet say so. */
function expectShownAsWhole(early: Made, whole: Made) {
  // The years loading differ by definition; the comparison waits for every year.
  const shown = ({ model }: Made) => ({ ...model, comparison: undefined, loading: undefined });
  expect(shown(early)).toEqual(shown(whole));
  expect(summarySentences(early.model, messages.components, 'vi', name)).toEqual(summarySentences(whole.model, messages.components, 'vi', name));
  if (early.model.comparison) expect(early.model.comparison).toEqual(whole.model.comparison);
  const earlyYears = yearHeatmapOf(early);
  const wholeYears = yearHeatmapOf(whole);
  expect(earlyYears.columns.map((c) => c.key)).toEqual(wholeYears.columns.map((c) => c.key));
  expect(earlyYears.rows.map((r) => r.key)).toEqual(wholeYears.rows.map((r) => r.key));
  earlyYears.columns.forEach((column, i) => {
    if (!column.loading) expect(earlyYears.rows.map((r) => r.cells[i]), column.key).toEqual(wholeYears.rows.map((r) => r.cells[i]));
  });
}

// Only PAPI has Cần Thơ's component scores among the bundled files.
describe('the components view fed year by year (bundled PAPI files)', () => {
  const cases = [
    { index: 'papi', year: undefined, parent: 'total' },
    { index: 'papi', year: undefined, parent: 'D1' },
    { index: 'papi', year: 2019, parent: 'total' },
    { index: 'papi', year: 2018, parent: 'total' },
    { index: 'papi', year: 2015, parent: 'D2' },
  ] as const;

  it.each(cases)('$index, year $year, $parent: the table waits for its two years, then never shows a figure the whole files change', ({ index, year, parent }) => {
    const indexDef = catalog.indices.get(index);
    const unit = catalog.units.get(CAN_THO);
    if (!indexDef || !unit) throw new Error('bundled catalogue incomplete');
    const whole = loadBundledIndex(catalog, index);
    const selection: ComponentsSelection = { unit, year, parent, group: GROUP };
    const final = buildComponentsModel(catalog, indexDef, whole, selection);
    if (!final) throw new Error('no model from the whole files');
    expect(final.unitHasScores).toBe(true);
    expect(final.comparison).toBeDefined();
    const shown = final.year;
    // Newest first, as the view asks for them; then a middle year arriving last.
    const newestFirst = [...whole.keys()].sort((a, b) => b - a);
    const orders = [newestFirst, [...newestFirst.filter((y) => y !== 2016), 2016]];
    let earlyModels = 0;
    for (const order of orders) {
      for (let count = 0; count <= order.length; count++) {
        const { byYear, loading } = stage(whole, order.slice(0, count));
        const early = buildComponentsModel(catalog, indexDef, byYear, selection, loading);
        const needed = [shown, shown - 1].filter((y) => whole.has(y));
        if (needed.some((y) => loading.includes(y))) {
          expect(early, `${order.slice(0, count).join(',')}`).toBeUndefined();
          continue;
        }
        if (!early) throw new Error(`no model once ${needed.join(' and ')} are in`);
        expectShownAsWhole({ model: early, figures: byYear }, { model: final, figures: whole });
        if (loading.length > 0) {
          earlyModels += 1;
          expect(early.comparison).toBeUndefined();
        }
      }
    }
    // The table does show before the last file: that is the point.
    expect(earlyModels).toBeGreaterThan(0);
  });

  it('marks the heatmap columns of the years still loading, and only those', () => {
    const indexDef = catalog.indices.get('papi');
    const unit = catalog.units.get(CAN_THO);
    if (!indexDef || !unit) throw new Error('bundled catalogue incomplete');
    const whole = loadBundledIndex(catalog, 'papi');
    const latest = Math.max(...whole.keys());
    const { byYear, loading } = stage(whole, [latest, latest - 1]);
    const model = buildComponentsModel(catalog, indexDef, byYear, { unit, parent: 'total', group: GROUP }, loading);
    if (!model) throw new Error('no model once the two newest years are in');
    const { columns } = yearHeatmapOf({ model, figures: byYear });
    expect(columns.length).toBeGreaterThan(2);
    expect(columns.filter((c) => !c.loading).map((c) => Number(c.key))).toEqual([latest - 1, latest]);
    expect(columns.filter((c) => c.loading).every((c) => loading.includes(Number(c.key)))).toBe(true);
  });
});
