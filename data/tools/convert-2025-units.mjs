// The units after the reorganisation of 01/07/2025, from reference-data/2026-12: the new province codes
// (provinces-2025.csv), the 103 communes/wards of the new Cần Thơ with their many-to-many lineage, the
// region status of every unit, and which units each index assessed in a year (assessments.csv).
// Plain Node ESM with no dependencies; called from convert-reference-data.mjs.
import fs from 'node:fs';
import path from 'node:path';

const VALID_FROM_2025 = '2025-07-01';
const CAN_THO_2025 = 'N25-can-tho';

/** Sources cited by the rows built here; no address is stored for these official letters and resolutions. */
export const SOURCES_2025 = [
  {
    id: 'cv-915-ctk-cscl-2025', url: '', date: '',
    title: 'Công văn 915/CTK-CSCL: mã số đơn vị hành chính cấp tỉnh sau sắp xếp',
    publisher: 'Cục Thống kê (Bộ Tài chính)',
    note: 'Cited in reference-data/2026-12/provinces-2025.csv for the new province codes; no stored address: cite by number and publisher. Title descriptive.',
  },
  {
    id: 'nq-202-2025-qh15', url: '', date: '',
    title: 'Nghị quyết 202/2025/QH15 về việc sắp xếp đơn vị hành chính cấp tỉnh',
    publisher: 'Quốc hội',
    note: 'Cited in reference-data/2026-12/provinces-2025.csv (with 60-NQ/TW) for the composition of the 34 provinces; no stored address.',
  },
  {
    id: 'nq-1668-2025-ubtvqh15', url: '', date: '2025-06-16',
    title: 'Nghị quyết 1668/NQ-UBTVQH15 về việc sắp xếp các đơn vị hành chính cấp xã của thành phố Cần Thơ năm 2025',
    publisher: 'Ủy ban Thường vụ Quốc hội',
    note: 'Cited in reference-data/2026-12/can-tho-2025-communes.csv (clause per commune); no stored address.',
  },
  {
    id: 'cv-1027-ctk-cscl-2025', url: '', date: '',
    title: 'Công văn 1027/CTK-CSCL: mã số đơn vị hành chính cấp xã sau sắp xếp',
    publisher: 'Cục Thống kê (Bộ Tài chính)',
    note: 'Cited in reference-data/2026-12 for the new 5-digit commune codes and the commune counts; no stored address. Title descriptive.',
  },
];

export const H_LINEAGE = ['unit', 'predecessor', 'predecessor_name', 'predecessor_gso_code', 'part', 'source', 'note'];
export const H_ASSESSMENTS = ['index', 'from_year', 'to_year', 'level', 'units_valid_on', 'source', 'note'];

/** A small RFC 4180 reader: the reference files quote fields that hold commas. */
function readCsv(refDir, name) {
  const text = fs.readFileSync(path.join(refDir, '2026-12', name), 'utf8').normalize('NFC');
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') field += text[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(field), (field = ''));
    else if (c === '\n') (row.push(field.replace(/\r$/, '')), rows.push(row), (row = []), (field = ''));
    else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.filter((r) => r.some((cell) => cell !== '')).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const codesOf = (cell) => cell.split(';').map((c) => c.trim()).filter(Boolean);
const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

/**
 * The units with the 2025 codes, region status and the communes of the new Cần Thơ: N25 provinces get
 * the new code of provinces-2025.csv and its composition, every unit a `region_status`.
 */
export function units2025(refDir, units) {
  const provinces = readCsv(refDir, 'provinces-2025.csv');
  if (provinces.length !== 34) throw new Error(`provinces-2025.csv: expected 34 rows, found ${provinces.length}`);
  const predecessorCodes = (code) => units.filter((u) => u.successor === code).map((u) => u.gso_code);
  const rowFor = (unit) =>
    unit.code.startsWith('N25-')
      ? provinces.find((p) => sameSet(codesOf(p.former_province_codes), predecessorCodes(unit.code)))
      : provinces.find((p) => codesOf(p.former_province_codes).length === 1 && p.former_province_codes.trim() === unit.gso_code);
  const updated = units.map((unit) => {
    if (unit.level !== 'province') return { ...unit, region_status: '' };
    if (unit.valid_to) return { ...unit, region_status: unit.region ? 'published' : 'unknown' };
    const p = rowFor(unit);
    if (!p) throw new Error(`${unit.code}: no row of provinces-2025.csv`);
    const composition = `Official name from 01/07/2025 '${p.name_vi}' (${p.type}), code ${p.code} (CV 915/CTK-CSCL); formed from ${p.former_provinces} (former codes ${p.former_province_codes}); ${p.commune_level_units} commune-level units (CV 1027/CTK-CSCL).`;
    const sources = [...unit.source.split(';'), 'cv-915-ctk-cscl-2025', 'nq-202-2025-qh15', 'cv-1027-ctk-cscl-2025'];
    if (!unit.code.startsWith('N25-')) {
      if (p.code !== unit.gso_code) throw new Error(`${unit.code}: gso_code ${unit.gso_code} but provinces-2025.csv gives ${p.code}`);
      return { ...unit, region_status: unit.region ? 'published' : 'unknown', source: [...new Set(sources)].join(';'), note: `${unit.note} ${composition}` };
    }
    // Regions after 2025 are not published as a list: membership follows the former provinces (inferred);
    // Tây Ninh, formed with the former Long An (Mekong Delta), reports itself in the Southeast.
    const region = unit.code === 'N25-tay-ninh' ? 'R-DNB' : unit.region;
    const regionNote = region
      ? `Region ${region} inferred (${p.region_2025_status}); no published list of regions after 2025.`
      : `Region unknown: the former provinces span several regions (${p['pre2025_regions_of_former_provinces(NQ81/2023)']}).`;
    return {
      ...unit, region, region_status: region ? 'inferred' : 'unknown', gso_code: p.code,
      source: [...new Set(sources)].join(';'),
      note: `${unit.note} ${composition} ${regionNote} A code alone never identifies a unit across 01/07/2025.`,
    };
  });
  return [...updated, ...communes2025(refDir)];
}

function communes2025(refDir) {
  const communes = readCsv(refDir, 'can-tho-2025-communes.csv');
  if (communes.length !== 103) throw new Error(`can-tho-2025-communes.csv: expected 103 rows, found ${communes.length}`);
  return communes
    .map((c) => {
      const isWard = c.type === 'phường';
      const bare = c.name_vi.replace(/^(Phường|Xã)\s+/, '');
      return {
        code: `X25-${c.code}`, name_vi: c.name_vi, name_en: `${ascii(bare)} ${isWard ? 'Ward' : 'Commune'}`,
        short_vi: bare, short_en: ascii(bare), level: 'commune', parent: CAN_THO_2025, region: '', region_status: '',
        peer_groups: '', valid_from: VALID_FROM_2025, valid_to: '', successor: '', gso_code: c.code,
        source: 'nq-1668-2025-ubtvqh15;cv-1027-ctk-cscl-2025',
        note: `Commune-level unit (${c.type}) of the new Cần Thơ from 01/07/2025, formed from ${c.former_units} (data/lineage.csv). Code ${c.code} (CV 1027/CTK-CSCL) may be the former code of another unit. English name is a translation.`,
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Many-to-many lineage: one row per former commune of each new commune, and per former province of each N25 unit. */
export function lineage2025(refDir, units) {
  const districtByName = new Map(units.filter((u) => u.level === 'district').map((u) => [u.name_vi.normalize('NFC'), u.code]));
  const communeRows = readCsv(refDir, 'can-tho-2025-commune-lineage.csv').map((r) => {
    const whole = /^(toàn bộ|giữ nguyên)/.test(r.merge_part);
    const district = districtByName.get(r.former_district.replace('Thuỷ', 'Thủy'));
    return {
      unit: `X25-${r.code}`, predecessor: '', predecessor_name: r.former_unit, predecessor_gso_code: r.former_unit_code,
      part: whole ? 'whole' : 'part', source: 'nq-1668-2025-ubtvqh15;cv-1027-ctk-cscl-2025',
      note: `${r.merge_part}; ${r.former_district} (${r.former_district_code}${district ? `, ${district}` : ''}), ${r.former_province} (${r.former_province_code}); NQ 1668 clause ${r.nq1668_clause}.`,
    };
  });
  const provinceRows = units
    .filter((u) => u.level === 'province' && u.successor)
    .map((u) => ({
      unit: u.successor, predecessor: u.code, predecessor_name: u.name_vi, predecessor_gso_code: u.gso_code, part: 'whole',
      source: 'nq-202-2025-qh15;cv-915-ctk-cscl-2025', note: 'Former province merged whole into the new unit on 01/07/2025.',
    }));
  const order = (a, b) => (a.unit !== b.unit ? (a.unit < b.unit ? -1 : 1) : a.predecessor_gso_code < b.predecessor_gso_code ? -1 : 1);
  return [...provinceRows.sort(order), ...communeRows.sort(order)];
}

const EXPECTED_PRACTICE =
  'From 2025 the publisher is expected to assess the units formed on 01/07/2025 for the whole year (reference-data/2026-12/README.md); no located source states it: the publisher\'s expected practice.';

/** Which units each index assessed in a year: those of `level` valid on year-`units_valid_on`. */
export function assessments2025(indices) {
  const firstYear = (code) => indices.find((x) => x.code === code)?.first_year ?? '';
  const province = (index) => ({
    index, from_year: firstYear(index), to_year: '', level: 'province', units_valid_on: '12-31',
    source: 'laodong-ket-thuc-52-tinh-thanh-cu;nq-202-2025-qh15',
    note: `The provinces valid on 31 December: the 63 to 2024, the 34 from 2025. ${EXPECTED_PRACTICE}`,
  });
  return [
    province('par'), province('sipas'), province('papi'),
    {
      index: 'ct-par', from_year: firstYear('ct-par'), to_year: '2024', level: 'district', units_valid_on: '12-31',
      source: 'baocantho-can-no-luc-nhieu-hon;laodong-ket-thuc-cap-huyen',
      note: 'The 9 districts of the former Cần Thơ; the district level ended on 30/06/2025. The departments the city also ranks are not in the catalogue (no department level rows).',
    },
    {
      index: 'ct-par', from_year: '2025', to_year: '', level: 'commune', units_valid_on: '12-31',
      source: 'laodong-103-xa-phuong-can-tho-hoat-dong;nq-1668-2025-ubtvqh15',
      note: `The 103 communes and wards of the new Cần Thơ. ${EXPECTED_PRACTICE} Departments are not in the catalogue.`,
    },
  ];
}

/** Integrity of the rows built here: problems as text, empty when sound. */
export function check2025(units, lineage, assessments, sourceIds, indexCodes) {
  const problems = [];
  const byCode = new Map(units.map((u) => [u.code, u]));
  const checkSources = (where, cell) => {
    for (const id of cell.split(';')) if (!sourceIds.has(id)) problems.push(`${where}: unknown source ${id}`);
  };
  const validOn = (u, date) => (u.valid_from || '0000') <= date && date <= (u.valid_to || '9999');
  const provincesOn = (date) => units.filter((u) => u.level === 'province' && validOn(u, date)).length;
  if (provincesOn('2024-12-31') !== 63) problems.push(`units: ${provincesOn('2024-12-31')} provinces on 2024-12-31, expected 63`);
  if (provincesOn('2025-12-31') !== 34) problems.push(`units: ${provincesOn('2025-12-31')} provinces on 2025-12-31, expected 34`);
  const communes = units.filter((u) => u.level === 'commune');
  if (communes.length !== 103) problems.push(`units: ${communes.length} communes, expected 103`);
  for (const u of units) {
    if (u.level === 'province' && !['published', 'inferred', 'unknown'].includes(u.region_status)) problems.push(`units ${u.code}: bad region_status`);
  }
  for (const c of communes) if (!lineage.some((l) => l.unit === c.code)) problems.push(`lineage: no predecessor for ${c.code}`);
  const split = new Map();
  for (const l of lineage) {
    if (!byCode.has(l.unit)) problems.push(`lineage: unknown unit ${l.unit}`);
    if (l.predecessor && !byCode.has(l.predecessor)) problems.push(`lineage: unknown predecessor ${l.predecessor}`);
    if (!['whole', 'part'].includes(l.part)) problems.push(`lineage ${l.unit}: bad part ${l.part}`);
    checkSources(`lineage ${l.unit}`, l.source);
    if (l.part === 'part') split.set(l.predecessor_gso_code, [...(split.get(l.predecessor_gso_code) ?? []), l.unit]);
  }
  const splitWards = [...split.entries()].filter(([, into]) => new Set(into).size === 2);
  if (splitWards.length !== 3) problems.push(`lineage: ${splitWards.length} wards split between two new units, expected 3`);
  for (const a of assessments) {
    if (!indexCodes.has(a.index)) problems.push(`assessments: unknown index ${a.index}`);
    if (!/^\d{2}-\d{2}$/.test(a.units_valid_on)) problems.push(`assessments ${a.index}: bad units_valid_on`);
    if (!units.some((u) => u.level === a.level)) problems.push(`assessments ${a.index}: no unit of level ${a.level}`);
    checkSources(`assessments ${a.index}`, a.source);
  }
  return problems;
}
