// convert-2026-12-figures.mjs: the reference-data/2026-12 part of convert-reference-data.mjs.
//
// Brings in the December 2026 additions (reference-data/2026-12/README.md):
//   * index-figures.csv rows merged into the yearly files (par, sipas, papi): a row that repeats an
//     existing figure becomes one row with both sources; a row that disagrees makes every row of that
//     unit and component a `conflict` row (a published row is never overwritten);
//   * the city's own satisfaction survey as its own index `ct-sat` (data/ct-sat/2024.csv), never SIPAS;
//   * data/aggregates.csv: figures that are not one unit's result (group counts, the city's department
//     and district means, the PAR 2020 parts, the National Public Service Portal satisfaction);
//   * the 2026-12 sources, and the seven corrections of that README, each with a check that it holds.
//
// main() of convert-reference-data.mjs calls `prepareDecember2026` before it writes the catalogues and
// `applyDecember2026` after the yearly files are written; both take the script's helpers as arguments.

import fs from 'node:fs';
import path from 'node:path';

export const DIR = '2026-12';
export const H_AGGREGATES = ['index', 'year', 'unit', 'level', 'measure', 'subject', 'value', 'unit_of_value', 'source', 'derivation', 'note'];
export const CT_SAT = 'ct-sat';
/** Satisfaction recorded on the National Public Service Portal: not an index, not SIPAS; only in aggregates.csv. */
export const DVC_PORTAL = 'dvc-portal';

const FIELDS = ['score', 'rank', 'rank_of'];
const splitIds = (cell) => cell.split(';').filter(Boolean);
const joinIds = (...cells) => [...new Set(cells.flatMap(splitIds))].join(';');
const sentence = (text) => (text === '' || /[.!?'")]$/.test(text) ? text : `${text}.`);

// ---------------------------------------------------------------------------------------------
// Catalogue additions: sources, the ct-sat index and its period
// ---------------------------------------------------------------------------------------------

export const CT_SAT_INDEX = {
  code: CT_SAT,
  name_vi: 'Khảo sát sự hài lòng của người dân, tổ chức do TP Cần Thơ tự tổ chức',
  name_en: "Cần Thơ's own survey of satisfaction with its departments and districts",
  short_vi: 'Hài lòng (TP khảo sát)',
  short_en: 'City satisfaction',
  publisher_vi: 'Viện Kinh tế – Xã hội TP Cần Thơ',
  publisher_en: 'Institute of Economics and Society of Cần Thơ',
  unit_level: 'district',
  score_unit: 'percent',
  rank_kind: 'official',
  first_year: '2024',
  source: 'laodong-can-tho-hai-long-2024',
  note: "The city's own survey (score = % satisfied), by its Institute of Economics and Society: NOT SIPAS, not comparable with SIPAS and never shown as SIPAS. Names are descriptive labels, not an official title. The survey ran from 2021 (19,863 questionnaires in 2021–2025; whole-city satisfaction between 93.02% and 95.44%, yearly split not given: canthogov-cchc-2021-2025-review, laodong-can-tho-tre-han-tthc); only 2024 is published by department and district. Department results are in aggregates.csv (departments have no unit code).",
};

export const CT_SAT_PERIOD = {
  index: CT_SAT, period: 'ct-sat-2024', from_year: '2024', to_year: '',
  decision: '', total_min: '0', total_max: '100', break_before: 'none',
  note_vi: 'Khảo sát sự hài lòng do TP Cần Thơ tự tổ chức (Viện Kinh tế – Xã hội TP Cần Thơ); không phải SIPAS. Năm 2024: 5 tiêu chí (điểm 94,30–95,94%), kết quả cả thành phố, bình quân cấp sở, cấp huyện, đơn vị cao nhất và thấp nhất. Chưa biết bảng hỏi và số đơn vị được khảo sát.',
  note_en: "The city's own satisfaction survey (Institute of Economics and Society of Cần Thơ); not SIPAS. 2024: 5 criteria (scored 94.30–95.94%), whole-city result, department and district means, highest and lowest units. Questionnaire and number of units surveyed unknown.",
  source: 'laodong-can-tho-hai-long-2024',
};

/** Which units ct-sat assessed (data/assessments.csv): the 9 districts of 2024; its departments have no unit rows. */
export const CT_SAT_ASSESSMENT = {
  index: CT_SAT, from_year: '2024', to_year: '2024', level: 'district', units_valid_on: '12-31',
  source: 'laodong-can-tho-hai-long-2024',
  note: "The 9 districts of 2024 (Ninh Kiều ranked 9th of them). The survey also covered the city's departments, which are not in the catalogue. The district level ended on 30/06/2025.",
};

/** The 2026-12 sources not yet in the catalogue; a source without an address keeps title, publisher and date. */
export function newSources(rows, knownIds) {
  return rows
    .filter((r) => !knownIds.has(r.id))
    .map(({ id, title, publisher, date, url, note }) => {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${DIR}/sources.csv: id '${id}' is not kebab-case`);
      if (url === '' && (title === '' || publisher === '')) throw new Error(`${DIR}/sources.csv: ${id} has no address, so it needs title and publisher`);
      // Dates here are ISO days or a month ("2025-04"); the catalogue holds days only, so a month goes to the note.
      const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '';
      const monthNote = date !== '' && day === '' ? `Date given as ${date} only. ` : '';
      return { id, title, publisher, date: day, url, note: `${monthNote}${note}`.trim() };
    });
}

// ---------------------------------------------------------------------------------------------
// Merging figure rows
// ---------------------------------------------------------------------------------------------

/** A reference row of index-figures.csv as a yearly-file row. */
export function figureRow(r) {
  if (!/^\d{4}$/.test(r.year)) throw new Error(`index-figures.csv: bad year '${r.year}'`);
  if (r.component !== 'total') throw new Error(`index-figures.csv: component '${r.component}' is not converted`);
  if (!['published', 'conflict'].includes(r.status)) throw new Error(`index-figures.csv: status '${r.status}'`);
  if ((r.rank === '') !== (r.rank_of === '')) throw new Error(`index-figures.csv ${r.year} ${r.unit}: rank without rank_of`);
  if (r.score === '' && r.rank === '') throw new Error(`index-figures.csv ${r.year} ${r.unit}: no figure`);
  return {
    index: r.index,
    year: r.year,
    row: { unit: r.unit, component: r.component, score: r.score, rank: r.rank, rank_of: r.rank_of, status: r.status, source: r.source, derivation: r.derivation, note: r.note },
  };
}

/** Two rows agree when every figure both give is the same number. */
export function agrees(a, b) {
  return FIELDS.every((f) => a[f] === '' || b[f] === '' || Number(a[f]) === Number(b[f]));
}

const fieldOf = (segment) => /^(score|rank_of|rank):/.exec(segment)?.[1];
// rank_of is 63 on every reference row by the reference's convention, so it never counts as printed.
const PRINTABLE = new Set(['score', 'rank']);

/**
 * Folds an agreeing row into an existing one: blanks filled, sources joined, notes kept. A figure the
 * existing row derived and the new row prints directly keeps its derivation only in the note.
 */
export function mergeInto(existing, incoming) {
  const incomingDerived = new Set(incoming.derivation.split(' | ').map(fieldOf).filter(Boolean));
  const printedNow = (field) => PRINTABLE.has(field) && incoming[field] !== '' && !incomingDerived.has(field);
  const oldSegments = existing.derivation === '' ? [] : existing.derivation.split(' | ');
  const superseded = oldSegments.filter((s) => printedNow(fieldOf(s)));
  const kept = oldSegments.filter((s) => !printedNow(fieldOf(s)));
  const newSegments = incoming.derivation === '' ? [] : incoming.derivation.split(' | ').filter((s) => existing[fieldOf(s)] === '' || fieldOf(s) === undefined);
  const added = FIELDS.filter((f) => existing[f] === '' && incoming[f] !== '');
  const notes = [
    existing.note,
    `Also ${incoming.source.replace(/;/g, ', ')}${added.length > 0 ? ` (adds ${added.join(', ')})` : ''}${incoming.note ? `: ${sentence(incoming.note)}` : '.'}`,
    superseded.length > 0 ? `Printed directly there; earlier derivation, consistent: ${superseded.join(' | ').replace(/\.$/, '')}.` : '',
  ];
  return {
    ...existing,
    ...Object.fromEntries(FIELDS.map((f) => [f, existing[f] === '' ? incoming[f] : existing[f]])),
    source: joinIds(existing.source, incoming.source),
    derivation: [...kept, ...newSegments].join(' | '),
    note: notes.filter(Boolean).join(' '),
  };
}

const describeRow = (r) => `${r.score || '–'}${r.rank ? ` (${r.rank}/${r.rank_of})` : ''} from ${r.source.replace(/;/g, ', ')}`;

/**
 * Adds one reference row to the rows of its yearly file. Returns the new rows and what happened:
 * 'added' (no row for the unit and component), 'merged' (it repeats or completes an agreeing row) or
 * 'conflict' (it disagrees: every row of the unit and component becomes a conflict row).
 */
export function addFigure(rows, incoming) {
  const same = (r) => r.unit === incoming.unit && r.component === incoming.component;
  const existing = rows.filter(same);
  for (const r of existing) {
    if (!['published', 'conflict'].includes(r.status)) throw new Error(`${incoming.unit} ${incoming.component}: cannot add a figure over a '${r.status}' row`);
  }
  if (existing.length === 0) return { rows: [...rows, incoming], outcome: 'added' };
  const agreeing = existing.filter((r) => agrees(r, incoming));
  if (incoming.status === 'published' && agreeing.length > 0) {
    return { rows: rows.map((r) => (agreeing.includes(r) ? mergeInto(r, incoming) : r)), outcome: 'merged' };
  }
  const marked = rows.map((r) =>
    same(r) && r.status === 'published'
      ? { ...r, status: 'conflict', note: `CONFLICT: ${describeRow(incoming)} disagrees (next row); each is kept with its own source. ${r.note}`.trim() }
      : r,
  );
  const others = existing.map(describeRow).join('; ');
  const note = /CONFLICT/.test(incoming.note) ? incoming.note : `CONFLICT with ${others}; each is kept with its own source. ${incoming.note}`.trim();
  return { rows: [...marked, { ...incoming, status: 'conflict', note }], outcome: 'conflict' };
}

// ---------------------------------------------------------------------------------------------
// Aggregates: figures that are not one unit's result
// ---------------------------------------------------------------------------------------------

const aggregate = (fields) => ({ index: '', year: '', unit: '', level: '', measure: '', subject: '', value: '', unit_of_value: '', source: '', derivation: '', note: '', ...fields });

/** group-counts.csv: counts of provinces, plus the group B and C counts its notes print beside group A. */
export function groupCountAggregates(rows) {
  return rows.flatMap((r) => {
    const base = { index: r.index, year: r.year, unit: 'VN', level: 'province', unit_of_value: 'count', source: r.source };
    const main = aggregate({ ...base, measure: r.measure, value: r.value, note: r.note });
    if (r.measure !== 'group_A') return [main];
    const printed = ['B', 'C'].flatMap((g) => {
      const m = new RegExp(`\\b${g} = (\\d+)`).exec(r.note);
      return m ? [aggregate({ ...base, measure: `group_${g}`, value: m[1], note: `Printed with the group A count (${r.year}).` })] : [];
    });
    return [main, ...printed];
  });
}

/** city-internal-aggregates.csv: the city's own PAR index (ct-par), means and counts of its departments and districts. */
export function cityInternalAggregates(rows) {
  return rows.map((r) => {
    const isMean = r.measure === 'mean_score';
    // baocantho reports the 2015–2016 district means in points, nsmt the 2022–2023 means in percent (reference notes).
    const unitOfValue = !isMean ? 'count' : r.source === 'baocantho-can-no-luc-nhieu-hon' ? 'points' : 'percent';
    return aggregate({ index: 'ct-par', year: r.year, unit: 'P59', level: r.level, measure: r.measure, value: r.value, unit_of_value: unitOfValue, source: r.source, derivation: r.derivation, note: r.note });
  });
}

/** par-2020-top10-parts.csv: the four published parts of each top-ten score; not components of par-2017 (F1–F8). */
export const PAR_2020_PARTS = {
  appraisal: 'part_appraisal',
  sipas_part: 'part_sipas',
  leaders_survey: 'part_leaders_survey',
  socioeconomic_impact: 'part_socioeconomic_impact',
};

export function par2020PartAggregates(rows) {
  return rows.flatMap((r) => {
    const sum = Object.keys(PAR_2020_PARTS).reduce((s, k) => s + Number(r[k]), 0);
    if (Math.abs(sum - Number(r.total)) > 0.015) throw new Error(`par-2020-top10-parts.csv ${r.unit}: parts sum to ${sum.toFixed(2)}, total ${r.total}`);
    return Object.entries(PAR_2020_PARTS).map(([column, measure]) =>
      aggregate({
        index: 'par', year: r.year, unit: r.unit, level: 'province', measure, value: r[column], unit_of_value: 'points', source: r.source,
        note: `Part of the ${r.year} score ${r.total} (rank ${r.rank}), as printed; the four parts sum to the total within 0.01 (rounding). Not a component of par-2017 (F1–F8).`,
      }),
    );
  });
}

/**
 * city-satisfaction.csv: the whole city and the districts with a code are unit rows of ct-sat; the
 * department results (no unit code), criteria and means are aggregates; the portal rows are aggregates
 * of their own measure. The 2021–2025 range row is kept in the ct-sat index note.
 */
export function citySatisfaction(rows) {
  const figures = [];
  const aggregates = [];
  for (const r of rows) {
    const base = { year: r.year, source: r.source, derivation: r.derivation, note: r.note };
    if (r.index === DVC_PORTAL) {
      aggregates.push(aggregate({ ...base, index: DVC_PORTAL, unit: r.unit, level: 'province', measure: 'portal_satisfaction', value: r.score, unit_of_value: 'percent' }));
    } else if (r.index !== CT_SAT) {
      throw new Error(`city-satisfaction.csv: unknown index '${r.index}'`);
    } else if (r.component === 'range') {
      if (!/^\d{4}-\d{4}$/.test(r.year)) throw new Error('city-satisfaction.csv: range row without a year range');
    } else if (r.component.startsWith('criterion:')) {
      aggregates.push(aggregate({ ...base, index: CT_SAT, unit: r.unit, level: 'province', measure: 'criterion_score', subject: r.component.slice('criterion:'.length), value: r.score, unit_of_value: 'percent' }));
    } else if (r.component === 'dept-mean' || r.component === 'dist-mean') {
      const level = r.component === 'dept-mean' ? 'department' : 'district';
      aggregates.push(aggregate({ ...base, index: CT_SAT, unit: r.unit, level, measure: 'mean_score', value: r.score, unit_of_value: 'percent' }));
    } else if (r.component === 'total' && r.unit === '') {
      const rank = r.rank ? `Rank ${r.rank}${r.rank_of ? `/${r.rank_of}` : ''} as published. ` : '';
      aggregates.push(aggregate({ ...base, index: CT_SAT, unit: 'P59', level: 'department', measure: 'unit_score', subject: r.unit_name, value: r.score, unit_of_value: 'percent', note: `${rank}${r.note}`.trim() }));
    } else if (r.component === 'total') {
      figures.push({ unit: r.unit, component: 'total', score: r.score, rank: r.rank, rank_of: r.rank_of, status: r.status, source: r.source, derivation: r.derivation, note: r.note });
    } else {
      throw new Error(`city-satisfaction.csv: unknown component '${r.component}'`);
    }
  }
  return { figures, aggregates };
}

// ---------------------------------------------------------------------------------------------
// The seven corrections of reference-data/2026-12/README.md
// ---------------------------------------------------------------------------------------------

const PLAN_101_TITLE =
  'Kế hoạch cải thiện và nâng cao Chỉ số cải cách hành chính (PAR INDEX), Chỉ số hài lòng của người dân (SIPAS), Chỉ số hiệu quả quản trị và hành chính công (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) và Chỉ số xanh (PGI) của thành phố Cần Thơ (sau sắp xếp) giai đoạn 2025 - 2030';
const PAPI_2014_PUBLISHED = '33.99';
const ASSUMED_34 = 'presumably ranked among 34 units (an assumption: who is ranked in 2025 is the publisher\'s choice, not yet published)';

const p59Totals = (rows) => rows.filter((r) => r.unit === 'P59' && r.component === 'total');
const byCode = (rows, code) => rows.find((r) => r.code === code);

/**
 * Each correction edits the files it names (rows keyed by path relative to data/) and says whether it
 * holds. `apply` runs on the converter's output; `holds` checks the result.
 */
export const CORRECTIONS = [
  {
    id: '1 PAPI 2014 Cần Thơ: two published totals, two conflict rows',
    files: ['papi/2014.csv'],
    apply: (files) => {
      const rows = files.get('papi/2014.csv');
      const dataset = p59Totals(rows).find((r) => r.source.split(';').includes('papi-ml-mcdm'));
      if (!dataset) return;
      const conflict = `CONFLICT: 2 published totals disagree (${dataset.score} from the PAPI dataset vs ${PAPI_2014_PUBLISHED} in the 2014 coverage); each is kept with its own source.`;
      const fixed = {
        ...dataset, status: 'conflict', source: 'papi-ml-mcdm',
        note: `${conflict} The mdtrinh/vietnamdata total column is labelled "Un-weighted2015PAPI", which suggests a later re-computation: unverified.`,
      };
      const published = { unit: 'P59', component: 'total', score: PAPI_2014_PUBLISHED, rank: '', rank_of: '', status: 'conflict', source: 'cand-papi-2014', derivation: '', note: `${conflict} Published with 55/63 as first published (PAPI ranks are not stored).` };
      const at = rows.indexOf(dataset);
      files.set('papi/2014.csv', [...rows.slice(0, at), fixed, published, ...rows.slice(at + 1).filter((r) => !(r.unit === 'P59' && r.component === 'total'))]);
    },
    holds: (files) => {
      const rows = p59Totals(files.get('papi/2014.csv'));
      return rows.length === 2 && rows.every((r) => r.status === 'conflict') && rows.some((r) => r.source === 'cand-papi-2014' && r.score === PAPI_2014_PUBLISHED) && rows.some((r) => r.source === 'papi-ml-mcdm');
    },
  },
  {
    id: '2 PAPI 2014 and 2019 Cần Thơ totals cite only what states the score',
    files: ['papi/2014.csv', 'papi/2019.csv'],
    apply: (files) => {
      const rows = files.get('papi/2019.csv');
      files.set('papi/2019.csv', rows.map((r) => (r.unit === 'P59' && r.component === 'total' ? { ...r, source: 'papi-ml-mcdm' } : r)));
    },
    holds: (files) =>
      ['papi/2014.csv', 'papi/2019.csv'].every((f) => p59Totals(files.get(f)).filter((r) => r.score !== PAPI_2014_PUBLISHED).every((r) => r.source === 'papi-ml-mcdm')),
  },
  {
    id: "3 Plan 101/KH-UBND: official title; PGI 2024 not ranked",
    files: ['plans/plans.csv'],
    apply: (files) => {
      files.set('plans/plans.csv', files.get('plans/plans.csv').map((r) =>
        r.code === 'kh-101-2025'
          ? {
              ...r,
              title_vi: PLAN_101_TITLE,
              summary_vi: r.summary_vi.replace('PGI 5,91;', 'PGI 5,91 (không xếp hạng);').replace('PGI 5,91.', 'PGI 5,91 (không xếp hạng).'),
              summary_en: r.summary_en.replace(/PGI 5\.91 \([^)]*\)/, 'PGI 5.91 (not ranked, "không xếp hạng")'),
              note: r.note.replace('Title as summarised by the source; text', 'Official title (dated 02/10/2025; audit of 2026-12); title_en is a translation. Text'),
            }
          : r,
      ));
    },
    holds: (files) => {
      const plan = byCode(files.get('plans/plans.csv'), 'kh-101-2025');
      return plan?.title_vi === PLAN_101_TITLE && plan.summary_vi.includes('PGI 5,91 (không xếp hạng)') && plan.summary_en.includes('PGI 5.91 (not ranked');
    },
  },
  {
    id: '4 Plan 153/KH-UBND: the title is a translation',
    files: ['plans/plans.csv'],
    apply: (files) => {
      files.set('plans/plans.csv', files.get('plans/plans.csv').map((r) =>
        r.code === 'kh-153-2022' ? { ...r, note: r.note.replace('Title as summarised by the source;', 'No official Vietnamese title in any source found: title_vi is a translation of the source\'s summary, not the official title;') } : r,
      ));
    },
    holds: (files) => /title_vi is a translation/.test(byCode(files.get('plans/plans.csv'), 'kh-153-2022')?.note ?? ''),
  },
  {
    id: '5 PAPI sub-dimension labels are translations, dimension names official',
    files: ['components.csv'],
    apply: () => {},
    holds: (files) => {
      const papi = files.get('components.csv').filter((c) => c.index === 'papi');
      return papi.length > 0 && papi.every((c) => (c.parent !== '') === /Vietnamese label is a translation/.test(c.note));
    },
  },
  {
    id: "6 Targets: '34 units in 2025' is an assumption",
    files: ['plans/targets.csv'],
    apply: (files) => {
      files.set('plans/targets.csv', files.get('plans/targets.csv').map((r) => ({ ...r, note: r.note.replace('ranked among 34 units', ASSUMED_34) })));
    },
    holds: (files) => files.get('plans/targets.csv').every((r) => !/34 units/.test(r.note) || r.note.includes(ASSUMED_34)),
  },
  {
    id: '7 Scores that print alike but rank differently (PAPI 2024 Bạc Liêu, Bắc Kạn 44,10)',
    files: ['papi/2024.csv'],
    // Shown by the app (src/domain/near-ties.ts decides, with its test); the data keep every decimal.
    apply: () => {},
    holds: (files) => {
      const total = (unit) => files.get('papi/2024.csv').find((r) => r.unit === unit && r.component === 'total')?.score ?? '';
      const [bacLieu, bacKan] = [total('P62'), total('P04')];
      return bacLieu !== bacKan && Number(bacLieu).toFixed(2) === Number(bacKan).toFixed(2);
    },
  },
];

// ---------------------------------------------------------------------------------------------
// The hooks called from main()
// ---------------------------------------------------------------------------------------------

/** Before the catalogues are written: the new sources, the ct-sat index, its period and the units it assessed. */
export function prepareDecember2026({ readCsv, sourceIds }) {
  return { sources: newSources(readCsv(`${DIR}/sources.csv`), sourceIds), indices: [CT_SAT_INDEX], periods: [CT_SAT_PERIOD], assessments: [CT_SAT_ASSESSMENT] };
}

/**
 * After the yearly files and plans are written: merges the figures, writes ct-sat/2024.csv and
 * aggregates.csv, applies the corrections. `wasWritten(relPath)` says whether this run wrote the file,
 * so a file is never merged into twice.
 */
export function applyDecember2026({ readCsv, parseCsv, toCsv, writeOut, dataDir, wasWritten, valueHeader, unitIndex, componentOrder, sourceIds }) {
  const files = new Map();
  const headers = new Map();
  const load = (relPath) => {
    if (files.has(relPath)) return files.get(relPath);
    if (!wasWritten(relPath)) throw new Error(`${relPath}: not written by this run, so it cannot be merged into`);
    const [header, ...cells] = parseCsv(fs.readFileSync(path.join(dataDir, relPath), 'utf8'), relPath);
    headers.set(relPath, header);
    files.set(relPath, cells.map((c) => Object.fromEntries(header.map((h, i) => [h, c[i]]))));
    return files.get(relPath);
  };

  const outcomes = { added: 0, merged: 0, conflict: 0 };
  const conflicts = [];
  for (const r of readCsv(`${DIR}/index-figures.csv`)) {
    const { index, year, row } = figureRow(r);
    const relPath = `${index}/${year}.csv`;
    const { rows, outcome } = addFigure(load(relPath), row);
    files.set(relPath, rows);
    outcomes[outcome]++;
    if (outcome === 'conflict') conflicts.push(`${index} ${year} ${row.unit}`);
  }

  const satisfaction = citySatisfaction(readCsv(`${DIR}/city-satisfaction.csv`));
  files.set(`${CT_SAT}/2024.csv`, satisfaction.figures);
  headers.set(`${CT_SAT}/2024.csv`, valueHeader);
  const aggregates = [
    ...groupCountAggregates(readCsv(`${DIR}/group-counts.csv`)),
    ...cityInternalAggregates(readCsv(`${DIR}/city-internal-aggregates.csv`)),
    ...satisfaction.aggregates,
    ...par2020PartAggregates(readCsv(`${DIR}/par-2020-top10-parts.csv`)),
  ].sort((a, b) => a.index.localeCompare(b.index) || a.year.localeCompare(b.year) || unitIndex(a.unit) - unitIndex(b.unit) || a.level.localeCompare(b.level));

  for (const c of CORRECTIONS) for (const f of c.files) load(f);
  for (const c of CORRECTIONS) c.apply(files);

  const problems = [
    ...CORRECTIONS.filter((c) => !c.holds(files)).map((c) => `correction ${c.id}: does not hold`),
    ...aggregates.flatMap((a) => [
      ...splitIds(a.source).filter((id) => !sourceIds.has(id)).map((id) => `aggregates ${a.index} ${a.year} ${a.measure}: unknown source ${id}`),
      ...(Number.isFinite(Number(a.value)) && a.value !== '' ? [] : [`aggregates ${a.index} ${a.year} ${a.measure}: value '${a.value}' is not a number`]),
    ]),
  ];

  for (const [relPath, rows] of files) {
    const header = headers.get(relPath);
    const isValues = header.join() === valueHeader.join();
    if (isValues) {
      const [index, year] = [relPath.split('/')[0], relPath.slice(-8, -4)];
      const order = componentOrder(index, year);
      rows.sort((a, b) => unitIndex(a.unit) - unitIndex(b.unit) || order(a.component) - order(b.component));
    }
    writeOut(relPath, toCsv(header, rows, relPath));
  }
  writeOut('aggregates.csv', toCsv(H_AGGREGATES, aggregates, 'aggregates.csv'));

  const report = [
    `2026-12 figures: ${outcomes.added} added, ${outcomes.merged} merged into an agreeing row, ${outcomes.conflict} conflict${conflicts.length ? ` (${conflicts.join(', ')})` : ''}; ${aggregates.length} aggregates; ${satisfaction.figures.length} ct-sat rows.`,
    `2026-12 corrections applied and checked: ${CORRECTIONS.map((c) => c.id.split(' ')[0]).join(', ')}.`,
  ];
  return { report, problems };
}
