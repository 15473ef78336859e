import type { Context } from './context';
import { assert } from './errors';
import type { Output } from './output';
import { papiProvinceRows } from './papi-rows';
import { papiStructure } from './papi-structure';
import { periodFor } from './periods';
import type { Reference } from './reference';
import { H_VALUES, type ValueRow } from './schema';
import { joinIds } from './text';

export const PAPI_YEARS = { first: 2011, last: 2024 };

/** Cần Thơ's (P59) total and dimensions, and how many provinces have complete data, per year. */
export type PapiResults = Record<string, { complete: number; total: string; dims: Record<string, string> }>;

const DID_NOT_TAKE_PART_NOTE =
  "did not take part: no data in the PAPI dataset for this year, and Cần Thơ's 59/61 result was published with 2 localities not taking part (kh-101-2025-hethongphapluat); these are the two provinces blank in the dataset.";

/** Converts papi/raw/<year>.csv into papi/<year>.csv: every province, dimension and sub-dimension. */
export function convertPapi(ref: Reference, ctx: Context, out: Output): PapiResults {
  const results: PapiResults = {};
  const provinceCodes = ctx.provinces.map((p) => p.code);
  const extraNotes = ctx.tables['papi-extra-notes'];
  for (const e of extraNotes) assert(provinceCodes.includes(e.unit), `tables/papi-extra-notes.csv: unknown unit ${e.unit}`);
  for (let y = PAPI_YEARS.first; y <= PAPI_YEARS.last; y++) {
    const year = String(y);
    const file = `papi/raw/${year}.csv`;
    const period = periodFor(ctx.periods, 'papi', year);
    const structure = papiStructure(ctx.tables, period.period);
    const periodCols = [...structure.values()].flat();
    const rows = ref.readCsv(file, ['Province']);
    assert(rows.length === 63, `${file}: expected 63 rows`);
    const byProvince = new Map(rows.map((r) => [r.Province, r as Record<string, string>]));
    assert(provinceCodes.every((c) => byProvince.has(c)) && byProvince.size === 63, `${file}: provinces differ from provinces.csv`);
    const allCols = Object.keys(rows[0] ?? {}).filter((c) => c !== 'Province');
    for (const col of allCols) {
      const filled = rows.some((r) => (r as Record<string, string>)[col] !== '');
      if (periodCols.includes(col)) assert(filled, `${file}: ${col} is blank for every province but belongs to ${period.period}`);
      else assert(!filled, `${file}: ${col} has values but is not part of ${period.period}`);
    }
    for (const c of periodCols) assert(allCols.includes(c), `${file}: column ${c} missing`);

    const didNotTakePart = ctx.tables['papi-did-not-take-part'].filter((d) => d.year === year).map((d) => d.unit);
    const rowsOut: ValueRow[] = [];
    let complete = 0;
    for (const code of provinceCodes) {
      const cells = byProvince.get(code) ?? {};
      const extra = extraNotes.find((e) => e.year === year && e.unit === code);
      if (periodCols.every((c) => !cells[c])) {
        const dntp = didNotTakePart.includes(code);
        assert(!extra, `${year} ${code}: extra note for a blank province`);
        rowsOut.push({
          unit: code, component: 'total', score: '', rank: '', rank_of: '',
          status: dntp ? 'did_not_take_part' : 'not_published',
          source: dntp ? 'papi-ml-mcdm;kh-101-2025-hethongphapluat' : 'papi-ml-mcdm',
          derivation: '', note: dntp ? DID_NOT_TAKE_PART_NOTE : 'no data in the PAPI dataset for this year',
        });
        continue;
      }
      if (periodCols.every((c) => cells[c])) complete++;
      const [total, ...dimRows] = papiProvinceRows(code, cells, structure, file);
      assert(total, `${file} ${code}: no total row`);
      if (extra) {
        total.note = [total.note, extra.note].filter(Boolean).join(' ');
        total.source = joinIds([total.source, ...extra.sources.split(';')]);
      }
      rowsOut.push(total, ...dimRows);
      if (code === 'P59') {
        results[year] = { complete: 0, total: total.score, dims: Object.fromEntries(dimRows.filter((d) => d.component.startsWith('D')).map((d) => [d.component, d.score])) };
      }
    }
    for (const c of didNotTakePart) assert(periodCols.every((col) => !byProvince.get(c)?.[col]), `${year} ${c}: listed as did_not_take_part but has data`);
    results[year] = { total: '', dims: {}, ...results[year], complete };
    out.csv(`papi/${year}.csv`, H_VALUES, rowsOut);
  }
  return results;
}
