import type { Context } from './context';
import { assert } from './errors';
import type { Output } from './output';
import { periodFor } from './periods';
import type { Reference } from './reference';
import { H_VALUES, type ValueRow } from './schema';
import { joinIds } from './text';
import type { LongResult } from './long';

/** Converts the rank rows of district-par-fragments.csv (the city's ranking of its districts) into ct-par/<year>.csv. */
export function convertCtPar(ref: Reference, ctx: Context, out: Output): LongResult {
  const byYear = new Map<string, ValueRow[]>();
  const skipped = new Map<string, number>();
  ref.readCsv('district-par-fragments.csv', ['year', 'unit', 'measure', 'value', 'derived', 'note', 'source_url']).forEach((r, i) => {
    const where = `district-par-fragments.csv:${i + 2}`;
    if (r.measure !== 'rank') {
      skipped.set(r.measure, (skipped.get(r.measure) ?? 0) + 1);
      return;
    }
    const unit = ctx.districtCode.get(r.unit);
    assert(unit, `${where}: unknown district '${r.unit}'`);
    assert(/^\d+$/.test(r.value) && r.derived === 'no', `${where}: bad rank row`);
    const is2016Statement = /Rank among the 9 district-level units/.test(r.note);
    const row: ValueRow = {
      unit, component: 'total', score: '', rank: r.value, rank_of: '9', status: 'published',
      source: joinIds(ctx.sources.idsOf(r.source_url, where)),
      derivation: is2016Statement ? '' : 'rank_of: 9 district-level units, as stated in the reference for the 2016 ranking',
      note: is2016Statement ? `${r.note.replace(/\.$/, '')} (rank_of taken from this statement). Score not published.` : `${r.year} rank, not from a ${r.year} publication: ${r.note} Score not published.`,
    };
    byYear.set(r.year, [...(byYear.get(r.year) ?? []), row]);
  });
  const years = [...byYear.keys()].sort();
  for (const year of years) {
    periodFor(ctx.periods, 'ct-par', year);
    const rows = (byYear.get(year) ?? []).sort((a, b) => ctx.unitIndex(a.unit) - ctx.unitIndex(b.unit));
    out.csv(`ct-par/${year}.csv`, H_VALUES, rows);
  }
  return { skipped, years };
}
