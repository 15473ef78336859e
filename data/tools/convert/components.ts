import { fmtDec, roundDec, SCALE } from './decimal';
import { assert } from './errors';
import { papiStructure, subLabel } from './papi-structure';
import type { Reference } from './reference';
import type { Component } from './schema';
import type { SourceRegistry } from './sources';
import type { Tables } from './tables';
import { charLen, joinIds } from './text';

const SHORT_MAX_COMPONENT = 18;

export interface ComponentsResult {
  comps: Component[];
  /** SIPAS element code (E1–E5) by its Vietnamese name, as the long files write the breakdown. */
  sipasElementByVi: Map<string, string>;
}

export function buildComponents(ref: Reference, tables: Tables, sources: SourceRegistry): ComponentsResult {
  const { comps: sipas, sipasElementByVi } = sipasComponents(ref, tables, sources);
  const comps = [...parComponents(ref, tables, sources), ...sipas, ...papiComponents(ref, tables)];
  for (const c of comps) {
    assert(charLen(c.short_vi) <= SHORT_MAX_COMPONENT && charLen(c.short_en) <= SHORT_MAX_COMPONENT, `${c.period} ${c.code}: short name longer than ${SHORT_MAX_COMPONENT}`);
  }
  return { comps, sipasElementByVi };
}

function parComponents(ref: Reference, tables: Tables, sources: SourceRegistry): Component[] {
  const rows = ref.readCsv('par-methodology.csv', ['period', 'level', 'field_no', 'field_vi', 'criteria', 'sub_criteria', 'max_points', 'source_url']);
  const fields = rows.filter((r) => r.level === 'province' && /^\d+$/.test(r.field_no));
  assert(fields.length === 8, 'par-methodology.csv: expected 8 provincial fields');
  return fields.map((r, i) => {
    const code = `F${r.field_no}`;
    const lab = tables['par-fields'].find((f) => f.code === code);
    assert(lab, `tables/par-fields.csv: no row for ${code}`);
    assert(r.max_points === lab.max_points, `${code}: max_points ${r.max_points} differs from the expected ${lab.max_points}`);
    assert(r.period === '2017-2020', `${code}: unexpected period ${r.period}`);
    return {
      index: 'par', period: 'par-2017', code, parent: '', order: String(i + 1),
      name_vi: r.field_vi, name_en: lab.name_en, short_vi: lab.short_vi, short_en: lab.short_en,
      max_points: r.max_points, source: joinIds(sources.idsOf(r.source_url, `par-methodology.csv ${code}`)),
      note: `${r.criteria} criteria, ${r.sub_criteria} sub-criteria (Decision 2948/QĐ-BNV). Vietnamese name as published (abbreviations as in the source); English name is a translation.`,
    };
  });
}

function sipasComponents(ref: Reference, tables: Tables, sources: SourceRegistry): ComponentsResult {
  const rows = ref.readCsv('sipas-methodology.csv', ['element_no', 'element_vi', 'element_en', 'source_url']);
  const elements = rows.filter((r) => /^\d+$/.test(r.element_no));
  assert(elements.length === 5, 'sipas-methodology.csv: expected 5 elements');
  const sipasElementByVi = new Map<string, string>();
  const comps = elements.map((r, i): Component => {
    const code = `E${r.element_no}`;
    const short = tables['sipas-elements'].find((e) => e.code === code);
    assert(short, `tables/sipas-elements.csv: no row for ${code}`);
    sipasElementByVi.set(r.element_vi, code);
    return {
      index: 'sipas', period: 'sipas-2017', code, parent: '', order: String(i + 1),
      name_vi: r.element_vi, name_en: r.element_en, short_vi: short.short_vi, short_en: short.short_en,
      max_points: '100', source: joinIds(sources.idsOf(r.source_url, `sipas-methodology.csv ${code}`)),
      note: 'Element of the service process (Decision 2640/QĐ-BNV); score = % satisfied. Vietnamese name as published; English name as given in the reference data (a translation). Criteria per element not found.',
    };
  });
  tables['sipas-2024-components'].forEach((c, i) => {
    comps.push({
      index: 'sipas', period: 'sipas-2024', code: c.code, parent: '', order: String(i + 1),
      name_vi: c.name_vi, name_en: c.name_en, short_vi: c.short_vi, short_en: c.short_en,
      max_points: '100', source: 'laodong-sipas-2024-5-tinh-thap-nhat;vnanet-sipas-2024',
      note: 'Component reported for SIPAS 2024 (% satisfied). English name as reported; the Vietnamese name is a translation, not the official label (not located).',
    });
  });
  return { comps, sipasElementByVi };
}

/** Maximum of a sub-dimension: its dimension's 10 points shared evenly, up to 6 decimals ("3.333333", "2.5"). */
export function subMaxPoints(subCount: number): string {
  return fmtDec(roundDec((10n * 10n ** BigInt(SCALE)) / BigInt(subCount), 6), 6).replace(/\.?0+$/, '');
}

function papiComponents(ref: Reference, tables: Tables): Component[] {
  const codebook = ref.readCsv('papi/raw/codebook_subcriteria.csv', ['Variable_Code', 'Variable_Name']);
  const codebookEn = new Map(codebook.map((r) => [r.Variable_Code, r.Variable_Name]));
  const comps: Component[] = [];
  let previous: Map<string, string> | undefined; // English labels of the previous PAPI period
  for (const p of tables.periods.filter((q) => q.index === 'papi')) {
    const subs = papiStructure(tables, p.period);
    const current = new Map<string, string>();
    [...subs].forEach(([dim, codes], di) => {
      const d = tables['papi-dimensions'].find((x) => x.code === dim);
      assert(d, `tables/papi-dimensions.csv: no row for ${dim}`);
      comps.push({
        index: 'papi', period: p.period, code: dim, parent: '', order: String(di + 1),
        name_vi: d.name_vi, name_en: d.name_en, short_vi: d.short_vi, short_en: d.short_en, max_points: '10',
        source: 'papi-ml-mcdm',
        note: `Dimension score (1–10) = sum of its ${codes.length} sub-dimensions. Vietnamese name: official PAPI dimension name; English name from the dataset codebook / papi README.`,
      });
      codes.forEach((sc, si) => {
        const lab = subLabel(tables, p.period, sc);
        const fromCodebook = lab.name_en === '';
        const en = fromCodebook ? codebookEn.get(sc) : lab.name_en;
        assert(en, `no label for ${sc} in ${p.period}`);
        current.set(sc, en);
        const notes = [
          'Vietnamese label is a translation, not the official PAPI label.',
          fromCodebook ? 'English label: dataset codebook (raw/codebook_subcriteria.csv).' : 'English label: column header of mdtrinh/vietnamdata PAPI_2011-2016.xlsx (via papi/README.md).',
        ];
        const before = previous?.get(sc);
        if (lab.new_meaning === 'yes' && lab.from_period === p.period) {
          assert(before, `${p.period} ${sc}: meaning change without a previous period`);
          notes.push(`Not the same sub-dimension as ${sc} in the previous period ('${before}'): do not draw a series across periods by code.`);
        } else if (before && before.toLowerCase() !== en.toLowerCase()) {
          notes.push(`Label wording differs from the previous period ('${before}'); not marked as a change of meaning in papi/README.md.`);
        }
        comps.push({
          index: 'papi', period: p.period, code: sc, parent: dim, order: String(si + 1),
          name_vi: lab.name_vi, name_en: en, short_vi: lab.short_vi, short_en: lab.short_en, max_points: subMaxPoints(codes.length),
          source: fromCodebook ? 'papi-ml-mcdm' : 'papi-ml-mcdm;mdtrinh-vietnamdata',
          note: notes.join(' '),
        });
      });
    });
    previous = current;
  }
  return comps;
}
