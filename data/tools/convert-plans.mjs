// convert-plans.mjs: the improvement-plan part of convert-reference-data.mjs.
//
// Converts reference-data/plans.csv into data/plans/plans.csv, data/plans/targets.csv and
// data/plans/agencies.csv (documented in data/README.md). Targets and tasks that no source gives are
// never written: the only target is the one plans.csv quotes (Decision 4168/QĐ-UBND, PAPI top 15 by
// 2025). Rows staff added to those three files are kept (after the converter's own rows), and
// data/plans/tasks.csv belongs to staff: it is created with its header when missing, never rewritten.

import fs from 'node:fs';
import path from 'node:path';

export const H_PLANS = ['code', 'number', 'kind', 'date', 'title_vi', 'title_en', 'issuer', 'from_year', 'to_year', 'indices', 'other_indices', 'unit', 'baseline_year', 'summary_vi', 'summary_en', 'source', 'note'];
export const H_TARGETS = ['plan', 'index', 'component', 'unit', 'kind', 'value', 'group', 'target_year', 'note', 'source'];
export const H_TASKS = ['id', 'plan', 'task_vi', 'task_en', 'responsible', 'cooperating', 'deadline', 'index', 'components', 'status', 'updated', 'note', 'source'];
export const H_AGENCIES = ['code', 'name_vi', 'name_en', 'short_vi', 'short_en', 'source', 'note'];

// Only agencies that the sources name.
const AGENCIES = [
  {
    code: 'ubnd-tp', name_vi: 'Ủy ban nhân dân thành phố Cần Thơ', name_en: "Can Tho City People's Committee", short_vi: 'UBND TP', short_en: 'City PC',
    source: 'qd-1823-2018-hethongphapluat;kh-101-2025-hethongphapluat',
    note: 'Issuer of Decisions 1823/QĐ-UBND and 4168/QĐ-UBND and Plans 153/KH-UBND and 101/KH-UBND (before and after the 2025 merger).',
  },
  {
    code: 'snv', name_vi: 'Sở Nội vụ thành phố Cần Thơ', name_en: 'Can Tho Department of Home Affairs', short_vi: 'Sở Nội vụ', short_en: 'Home Affairs',
    source: 'canthogov-en-synchronized-solutions-par;kinhtetieudung-papi-2022;canthogov-cchc-2021-2025-review',
    note: 'Focal agency for administrative reform (review of 2021–2025); its director reported to the 18/05/2023 conference.',
  },
  {
    code: 'mttq-tp', name_vi: 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ', name_en: 'Viet Nam Fatherland Front Committee of Can Tho', short_vi: 'UBMTTQ TP', short_en: 'Fatherland Front',
    source: 'cchccantho-papi-2024-2025',
    note: 'Co-issuer of the 2024 joint PAPI plan.',
  },
];

const SUMMARISED = ' (title as summarised by the source)';

// Literal fields of each converted row of reference-data/plans.csv, keyed by date|number|instrument_type.
const PLANS = {
  '2018-07-23|1823/QĐ-UBND|decision (regulation)': {
    code: 'qd-1823-2018', kind: 'regulation', title_en: 'Regulation on assessing and ranking the PAR results of agencies and units in Can Tho',
    issuer: 'ubnd-tp', from_year: '2018', to_year: '', indices: 'ct-par', other_indices: '', unit: 'P59', baseline_year: '',
    summary_vi: 'Quy chế đánh giá, xếp hạng kết quả cải cách hành chính của các cơ quan, đơn vị thành phố; căn cứ Quyết định 2948/QĐ-BNV (28/12/2017) của Bộ Nội vụ.',
    note: 'Assessment rules, no targets. to_year blank: no end of validity located. summary_vi translated from the reference summary.',
  },
  '2021-12-27|4168/QĐ-UBND|decision (plan)': {
    code: 'qd-4168-2021', kind: 'plan', title_en: 'Administrative reform plan of Can Tho 2021–2025',
    issuer: 'ubnd-tp', from_year: '2021', to_year: '2025', indices: 'par;papi', other_indices: '', unit: 'P59', baseline_year: '',
    summary_vi: 'Triển khai Nghị quyết 76/NQ-CP; gửi giám đốc các sở, ngành và chủ tịch UBND các quận, huyện.',
    note: 'Title as summarised by the source. The PAPI target is quoted in the 2024 article on the joint PAPI plan; other numeric targets not found. summary_vi translated from the reference summary.',
  },
  '2022-07-12|153/KH-UBND|plan': {
    code: 'kh-153-2022', kind: 'plan', title_en: 'Solutions to raise the PAR Index, SIPAS and PAPI in 2022 and the following years',
    issuer: 'ubnd-tp', from_year: '2022', to_year: '', indices: 'par;sipas;papi', other_indices: '', unit: 'P59', baseline_year: '',
    summary_vi: 'Giải pháp cụ thể cho từng tiêu chí giảm điểm; phân công trách nhiệm cho từng đơn vị, địa phương; tăng kiểm tra CCHC; tuyên truyền CCHC; trách nhiệm người đứng đầu.',
    note: 'Title as summarised by the source; text available only in part; no numeric target found. to_year blank: "2022 and the following years". summary_vi translated from the reference summary.',
  },
  '2023-05-18||conference': {
    code: 'hn-2023-05-18', kind: 'conference', title_vi: 'Hội nghị phân tích kết quả các chỉ số năm 2022', title_en: 'Conference analysing the 2022 results',
    issuer: 'ubnd-tp', from_year: '2023', to_year: '2023', indices: 'par;papi;sipas', other_indices: 'PCI', unit: 'P59', baseline_year: '',
    summary_vi: 'Chủ tịch UBND TP Trần Việt Trường chủ trì. Báo cáo của Giám đốc Sở Nội vụ Châu Việt Thà: PAR Index tăng từ hạng 51 lên 26, SIPAS từ hạng 48 lên 36; hai chỉ số khác giảm.',
    note: 'No number: a conference, not a document. Descriptive title (none in the source). summary_vi translated from the reference summary (source text truncated).',
  },
  '2024-06-06||joint plan': {
    code: 'khph-papi-2024', kind: 'joint-plan', title_en: 'Joint plan to raise the PAPI, 2024–2025',
    issuer: 'mttq-tp;ubnd-tp', from_year: '2024', to_year: '2025', indices: 'papi', other_indices: '', unit: 'P59', baseline_year: '',
    summary_vi: 'Dân chủ ở cơ sở, cải cách hành chính, tương tác giữa chính quyền xã và người dân; Sở Nội vụ kiểm tra đột xuất việc niêm yết công khai liên quan đến PAPI (ví dụ phường Tân An, Ninh Kiều). Nhắc lại mục tiêu của Quyết định 4168/QĐ-UBND: PAPI vào nhóm 15 tỉnh, thành đứng đầu vào năm 2025.',
    summary_en: 'Grassroots democracy, PAR, commune-citizen interaction; Home Affairs PAR spot-inspections of PAPI-related public postings (e.g. Tân An ward, Ninh Kiều). Restates the target of Decision 4168/QĐ-UBND: PAPI in the top 15 provinces by 2025.',
    note: 'Number not found. Title as summarised by the source; date as recorded in the reference data. The top-15 target belongs to Decision 4168/QĐ-UBND (targets.csv). summary_vi translated from the reference summary.',
  },
  '2025-10-02|101/KH-UBND|plan': {
    code: 'kh-101-2025', kind: 'plan', title_en: 'Improving the PAR Index, SIPAS, PAPI, PCI and PGI of Can Tho (after the merger), 2025–2030',
    issuer: 'ubnd-tp', from_year: '2025', to_year: '2030', indices: 'par;sipas;papi', other_indices: 'PCI;PGI', unit: 'N25-can-tho', baseline_year: '2024',
    summary_vi: 'Mốc xuất phát là kết quả năm 2024 của ba đơn vị trước sáp nhập. Cần Thơ cũ: PAR Index 89,13% (22/63, tăng 20 bậc); SIPAS 83,28% (34/63, giảm 11 bậc); PAPI 40,44 (59/61, giảm 6 bậc); PCI 70,01 (11/63, tăng 3 bậc); PGI 5,91. Chưa thấy mốc của Sóc Trăng và Hậu Giang (văn bản bị cắt).',
    note: 'Title as summarised by the source; text truncated, no numeric target found. PCI and PGI are not dashboard indices. summary_vi translated from the reference summary.',
  },
};

// Rows of reference-data/plans.csv deliberately not converted, and why.
const NOT_CONVERTED = {
  '2023||analysis': 'an analysis of the PAPI 2022 decline by the Department of Home Affairs, not an instrument',
  '2025||action plan': 'PCI action plan: PCI is not a dashboard index; number, date and issuer not stated',
  '||review': 'a review article (source canthogov-cchc-2021-2025-review), not an instrument',
};

// The only sourced target: plans.csv, Decision 4168/QĐ-UBND, targets_found.
const TARGETS = [
  {
    plan: 'qd-4168-2021', index: 'papi', component: 'total', unit: 'P59', kind: 'rank-at-most', value: '15', group: '', target_year: '2025',
    note: 'PAPI: Cần Thơ in the top 15 provinces by 2025, as quoted in the 2024 article on the joint PAPI plan 2024–2025. Set for the pre-2025 city; the 2025 result will be that of N25-can-tho, ranked among 34 units.',
    source: 'cchccantho-papi-2024-2025',
    quoted: /top 15 provinces by 2025/,
  },
];

/** The converter's rows, then the rows of the existing file whose key it does not generate (added by staff). */
function withKeptRows(file, header, generated, keyOf, parseCsv, fail) {
  if (!fs.existsSync(file)) return generated;
  const [head, ...rows] = parseCsv(fs.readFileSync(file, 'utf8'), path.basename(file)).filter((cells) => cells.some((c) => c !== ''));
  if (head?.join(',') !== header.join(',')) fail(`${file}: header is not ${header.join(',')}; fix it before re-running`);
  const keys = new Set(generated.map(keyOf));
  const kept = rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']))).filter((r) => !keys.has(keyOf(r)));
  return [...generated, ...kept];
}

const targetKey = (t) => [t.plan, t.index, t.component, t.unit, t.kind, t.group, t.target_year].join('|');

/** Converts the plans; returns the URLs it used and the problems its self-check found. */
export function convertPlans({ readCsv, parseCsv, sourceIdsOf, toCsv, writeOut, fail, dataDir, indexCodes, unitCodes, sourceIds }) {
  const usedUrls = new Set();
  const plans = [];
  readCsv('plans.csv').forEach((r, i) => {
    const key = `${r.date}|${r.number}|${r.instrument_type}`;
    if (NOT_CONVERTED[key]) return;
    const literal = PLANS[key] ?? fail(`plans.csv:${i + 2}: no literal row for ${key} (add it to PLANS or NOT_CONVERTED in convert-plans.mjs)`);
    for (const url of r.source_url.split(' ; ')) usedUrls.add(url.trim());
    const title = r.title_vi.endsWith(SUMMARISED) ? r.title_vi.slice(0, -SUMMARISED.length) : r.title_vi;
    plans.push({
      code: literal.code, number: r.number, kind: literal.kind, date: r.date, title_vi: title || literal.title_vi, title_en: literal.title_en,
      issuer: literal.issuer, from_year: literal.from_year, to_year: literal.to_year, indices: literal.indices, other_indices: literal.other_indices,
      unit: literal.unit, baseline_year: literal.baseline_year, summary_vi: literal.summary_vi, summary_en: literal.summary_en ?? r.content_found,
      source: sourceIdsOf(r.source_url, `plans.csv:${i + 2}`).join(';'), note: literal.note,
    });
    const target = TARGETS.find((t) => t.plan === literal.code);
    if (target && !target.quoted.test(r.targets_found)) fail(`plans.csv:${i + 2}: the target of ${literal.code} is no longer quoted in targets_found`);
  });
  plans.sort((a, b) => (a.date < b.date ? -1 : 1));
  const targets = TARGETS.map(({ quoted: _quoted, ...t }) => t);

  const file = (name) => path.join(dataDir, 'plans', name);
  const write = (name, header, rows, keyOf) => writeOut(`plans/${name}`, toCsv(header, withKeptRows(file(name), header, rows, keyOf, parseCsv, fail), `plans/${name}`));
  write('agencies.csv', H_AGENCIES, AGENCIES, (a) => a.code);
  write('plans.csv', H_PLANS, plans, (p) => p.code);
  write('targets.csv', H_TARGETS, targets, targetKey);
  const tasksFile = path.join(dataDir, 'plans', 'tasks.csv');
  if (!fs.existsSync(tasksFile)) writeOut('plans/tasks.csv', toCsv(H_TASKS, [], 'plans/tasks.csv'));

  const problems = [];
  const agencyCodes = new Set(AGENCIES.map((a) => a.code));
  const planCodes = new Set(plans.map((p) => p.code));
  const checkSources = (where, cell) => {
    for (const id of cell.split(';')) if (!sourceIds.has(id)) problems.push(`${where}: unknown source id '${id}'`);
  };
  for (const a of AGENCIES) checkSources(`plans/agencies ${a.code}`, a.source);
  for (const p of plans) {
    checkSources(`plans/plans ${p.code}`, p.source);
    for (const code of p.issuer.split(';')) if (!agencyCodes.has(code)) problems.push(`plans/plans ${p.code}: unknown issuer ${code}`);
    for (const code of p.indices.split(';')) if (!indexCodes.has(code)) problems.push(`plans/plans ${p.code}: unknown index ${code}`);
    if (!unitCodes.has(p.unit)) problems.push(`plans/plans ${p.code}: unknown unit ${p.unit}`);
  }
  for (const t of targets) {
    checkSources(`plans/targets ${t.plan}`, t.source);
    if (!planCodes.has(t.plan)) problems.push(`plans/targets: unknown plan ${t.plan}`);
    if (!indexCodes.has(t.index)) problems.push(`plans/targets ${t.plan}: unknown index ${t.index}`);
    if (!unitCodes.has(t.unit)) problems.push(`plans/targets ${t.plan}: unknown unit ${t.unit}`);
  }
  const tasksHeader = fs.readFileSync(tasksFile, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0];
  if (tasksHeader !== H_TASKS.join(',')) problems.push(`plans/tasks.csv: header is not ${H_TASKS.join(',')}`);
  return { usedUrls, problems, notConverted: Object.entries(NOT_CONVERTED).map(([key, why]) => `${key} (${why})`) };
}
