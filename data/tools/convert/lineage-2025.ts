import type { Row } from './csv';
import type { Reference } from './reference';
import type { H_ASSESSMENTS, H_LINEAGE, Unit } from './schema';

export type Lineage = Row<(typeof H_LINEAGE)[number]>;
export type Assessment = Row<(typeof H_ASSESSMENTS)[number]>;

const byUnitThenCode = (a: Lineage, b: Lineage) => (a.unit !== b.unit ? (a.unit < b.unit ? -1 : 1) : a.predecessor_gso_code < b.predecessor_gso_code ? -1 : 1);

/** Many-to-many lineage: one row per former commune of each new commune, and per former province of each N25 unit. */
export function lineage2025(ref: Reference, units: readonly Unit[]): Lineage[] {
  const districtByName = new Map(units.filter((u) => u.level === 'district').map((u) => [u.name_vi, u.code]));
  const columns = ['code', 'former_unit', 'former_unit_code', 'merge_part', 'former_district', 'former_district_code', 'former_province', 'former_province_code', 'nq1668_clause'] as const;
  const communeRows = ref.readCsv('2026-12/can-tho-2025-commune-lineage.csv', columns).map((r): Lineage => {
    const district = districtByName.get(r.former_district.replace('Thuỷ', 'Thủy'));
    return {
      unit: `X25-${r.code}`, predecessor: '', predecessor_name: r.former_unit, predecessor_gso_code: r.former_unit_code,
      part: /^(toàn bộ|giữ nguyên)/.test(r.merge_part) ? 'whole' : 'part', source: 'nq-1668-2025-ubtvqh15;cv-1027-ctk-cscl-2025',
      note: `${r.merge_part}; ${r.former_district} (${r.former_district_code}${district ? `, ${district}` : ''}), ${r.former_province} (${r.former_province_code}); NQ 1668 clause ${r.nq1668_clause}.`,
    };
  });
  const provinceRows = units
    .filter((u) => u.level === 'province' && u.successor)
    .map((u): Lineage => ({
      unit: u.successor, predecessor: u.code, predecessor_name: u.name_vi, predecessor_gso_code: u.gso_code, part: 'whole',
      source: 'nq-202-2025-qh15;cv-915-ctk-cscl-2025', note: 'Former province merged whole into the new unit on 01/07/2025.',
    }));
  return [...provinceRows.sort(byUnitThenCode), ...communeRows.sort(byUnitThenCode)];
}

const EXPECTED_PRACTICE =
  "From 2025 the publisher is expected to assess the units formed on 01/07/2025 for the whole year (reference-data/2026-12/README.md); no located source states it: the publisher's expected practice.";

/** Which units each index assessed in a year: those of `level` valid on year-`units_valid_on`. */
export function assessments2025(indices: readonly { code: string; first_year: string }[]): Assessment[] {
  const firstYear = (code: string) => indices.find((x) => x.code === code)?.first_year ?? '';
  const province = (index: string): Assessment => ({
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
