import type { Context } from './context';
import { isPlainNumber } from './decimal';
import { assert, fail } from './errors';
import { slotRows, type Measure, type Slot } from './long-rows';
import type { Output } from './output';
import { periodFor } from './periods';
import type { Reference } from './reference';
import { H_VALUES, type ValueRow } from './schema';

const LONG_COLUMNS = ['year', 'unit', 'unit_type', 'code', 'measure', 'breakdown', 'value', 'derived', 'note', 'source_url'] as const;
type LongRow = Record<(typeof LONG_COLUMNS)[number], string>;

export interface LongResult {
  /** Rows not converted, by measure. */
  skipped: Map<string, number>;
  years: string[];
}

/** Converts a long file (par-index.csv, sipas.csv) into <index>/<year>.csv. */
export function convertLong(ref: Reference, file: string, index: string, ctx: Context, out: Output): LongResult {
  const notConverted = new Set(ctx.tables['not-converted-measures'].map((m) => m.measure));
  const slots = new Map<string, Slot>();
  const skipped = new Map<string, number>();
  const noteOnly: { key: string; item: Measure; where: string }[] = [];
  const slot = (year: string, unit: string, component: string): Slot => {
    const key = `${year}|${unit}|${component}`;
    const found = slots.get(key) ?? { year, unit, component, score: [], rank: [], rank_of: [], extras: [] };
    slots.set(key, found);
    return found;
  };

  ref.readCsv(file, LONG_COLUMNS).forEach((r, i) => {
    const where = `${file}:${i + 2}`;
    assert(/^\d{4}$/.test(r.year), `${where}: bad year '${r.year}'`);
    assert(['yes', 'no'].includes(r.derived), `${where}: bad derived '${r.derived}'`);
    const item: Measure = { value: r.value, derived: r.derived === 'yes', note: r.note, sources: ctx.sources.idsOf(r.source_url, where), measure: r.measure, breakdown: r.breakdown };
    if (notConverted.has(r.measure)) {
      skipped.set(r.measure, (skipped.get(r.measure) ?? 0) + 1);
      return;
    }
    const unit = unitOf(r, where, ctx);
    switch (r.measure) {
      case 'score_pct':
      case 'rank':
      case 'rank_of': {
        assert(r.breakdown === '', `${where}: ${r.measure} with a breakdown`);
        assert(unit.startsWith('P'), `${where}: ${r.measure} for a non-province`);
        const re = r.measure === 'score_pct' ? /^\d+(\.\d+)?$/ : /^\d+$/;
        assert(re.test(r.value), `${where}: bad ${r.measure} value '${r.value}'`);
        slot(r.year, unit, 'total')[r.measure === 'score_pct' ? 'score' : r.measure].push(item);
        break;
      }
      case 'national_mean_pct':
        assert(unit === 'VN', `${where}: national mean for ${unit}`);
        assert(isPlainNumber(r.value), `${where}: bad value '${r.value}'`);
        slot(r.year, unit, componentOf(r, index, where, ctx)).score.push({ ...item, kind: r.breakdown ? 'national mean (component)' : 'national mean' });
        break;
      case 'regional_mean_pct':
        assert(unit.startsWith('R-') && r.breakdown === '', `${where}: regional mean for ${unit}`);
        assert(isPlainNumber(r.value), `${where}: bad value '${r.value}'`);
        slot(r.year, unit, 'total').score.push({ ...item, kind: 'regional mean' });
        break;
      case 'group':
      case 'rank_in_group':
        noteOnly.push({ key: `${r.year}|${unit}|total`, item, where });
        break;
      default:
        fail(`${where}: unknown measure '${r.measure}'`);
    }
  });

  // Facts kept only as notes go on the matching total row, which must exist.
  for (const n of noteOnly) {
    const g = slots.get(n.key);
    assert(g, `${n.where}: ${n.item.measure} fact has no row with a number to attach to`);
    g.extras.push(n.item);
  }

  const byYear = new Map<string, ValueRow[]>();
  for (const g of slots.values()) {
    const period = periodFor(ctx.periods, index, g.year).period;
    assert(g.component === 'total' || ctx.componentsByPeriod.get(period)?.has(g.component), `${index} ${g.year}: component ${g.component} not in ${period}`);
    byYear.set(g.year, [...(byYear.get(g.year) ?? []), ...slotRows(g, `${index} ${g.year} ${g.unit}`)]);
  }
  const years = [...byYear.keys()].sort();
  for (const year of years) {
    const order = ctx.componentOrder(index, year);
    const rows = (byYear.get(year) ?? []).sort((a, b) => ctx.unitIndex(a.unit) - ctx.unitIndex(b.unit) || order(a.component) - order(b.component));
    out.csv(`${index}/${year}.csv`, H_VALUES, rows);
  }
  return { skipped, years };
}

function unitOf(r: LongRow, where: string, ctx: Context): string {
  if (r.unit_type === 'national') {
    assert(r.unit === 'national' && r.code === '', `${where}: bad national row`);
    return 'VN';
  }
  if (r.unit_type === 'region') return ctx.regionByVi.get(r.unit) ?? fail(`${where}: unknown region '${r.unit}'`);
  assert(r.unit_type === 'province', `${where}: unknown unit_type '${r.unit_type}'`);
  assert(ctx.provinceNameByCode.get(r.code) === r.unit, `${where}: unit '${r.unit}' / code '${r.code}' not in provinces.csv`);
  return r.code;
}

function componentOf(r: LongRow, index: string, where: string, ctx: Context): string {
  if (r.breakdown === '') return 'total';
  const period = periodFor(ctx.periods, index, r.year).period;
  let code: string | undefined;
  if (period === 'sipas-2017') code = ctx.sipasElementByVi.get(r.breakdown);
  if (period === 'sipas-2024') code = ctx.tables['sipas-2024-components'].find((c) => c.breakdown === r.breakdown)?.code;
  return code ?? fail(`${where}: breakdown '${r.breakdown}' cannot be mapped to a component of ${period}`);
}
