import { fail } from './errors';
import type { Reference } from './reference';
import type { Unit } from './schema';
import { byCode, joinIds } from './text';

// The units after the reorganisation of 01/07/2025 (reference-data/2026-12): the new province codes,
// the 103 communes and wards of the new Cần Thơ, and the region status of every unit.

export const CAN_THO_2025 = 'N25-can-tho';
const DIR = '2026-12';
const SOURCES_2025 = ['cv-915-ctk-cscl-2025', 'nq-202-2025-qh15', 'cv-1027-ctk-cscl-2025'];
const PROVINCE_COLUMNS = ['code', 'name_vi', 'type', 'former_provinces', 'former_province_codes', 'commune_level_units', 'pre2025_regions_of_former_provinces(NQ81/2023)', 'region_2025_status'] as const;

export const ascii = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const codesOf = (cell: string) => cell.split(';').map((c) => c.trim()).filter(Boolean);
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));
const CENTRAL_CITIES = 'central-cities';
const CITY_TYPE = 'thành phố trực thuộc trung ương';

/**
 * The unit's peer groups with the centrally-run cities of 2025 (provinces-2025.csv, CV 915): a new unit is one
 * for its whole life; a unit that goes on (Huế) joins from the results of 2025 unless it was one already.
 */
function peerGroups2025(unit: Unit, type: string): string {
  const groups = unit.peer_groups.split(';').filter(Boolean);
  const isCity = type === CITY_TYPE;
  if (!isCity && groups.includes(CENTRAL_CITIES)) fail(`${unit.code}: a central city before 2025 but '${type}' in ${DIR}/provinces-2025.csv`);
  if (!isCity || groups.includes(CENTRAL_CITIES)) return unit.peer_groups;
  return joinIds([...groups, unit.code.startsWith('N25-') ? CENTRAL_CITIES : `${CENTRAL_CITIES}@2025`]);
}

/**
 * The units with the 2025 codes and composition, every unit with a `region_status`, and the communes
 * of the new Cần Thơ after them.
 */
export function units2025(ref: Reference, units: readonly Unit[]): Unit[] {
  const provinces = ref.readCsv(`${DIR}/provinces-2025.csv`, PROVINCE_COLUMNS);
  if (provinces.length !== 34) fail(`${DIR}/provinces-2025.csv: expected 34 rows, found ${provinces.length}`);
  const predecessorCodes = (code: string) => units.filter((u) => u.successor === code).map((u) => u.gso_code);
  const rowFor = (unit: Unit) =>
    unit.code.startsWith('N25-')
      ? provinces.find((p) => sameSet(codesOf(p.former_province_codes), predecessorCodes(unit.code)))
      : provinces.find((p) => codesOf(p.former_province_codes).length === 1 && p.former_province_codes.trim() === unit.gso_code);
  const updated = units.map((unit): Unit => {
    if (unit.level !== 'province') return { ...unit, region_status: '' };
    if (unit.valid_to) return { ...unit, region_status: unit.region ? 'published' : 'unknown' };
    const p = rowFor(unit) ?? fail(`${unit.code}: no row of ${DIR}/provinces-2025.csv`);
    const composition = `Official name from 01/07/2025 '${p.name_vi}' (${p.type}), code ${p.code} (CV 915/CTK-CSCL); formed from ${p.former_provinces} (former codes ${p.former_province_codes}); ${p.commune_level_units} commune-level units (CV 1027/CTK-CSCL).`;
    const source = joinIds([...unit.source.split(';'), ...SOURCES_2025]);
    if (!unit.code.startsWith('N25-')) {
      if (p.code !== unit.gso_code) fail(`${unit.code}: gso_code ${unit.gso_code} but ${DIR}/provinces-2025.csv gives ${p.code}`);
      return { ...unit, region_status: unit.region ? 'published' : 'unknown', peer_groups: peerGroups2025(unit, p.type), source, note: `${unit.note} ${composition}` };
    }
    // Regions after 2025 are not published as a list: membership follows the former provinces (inferred);
    // Tây Ninh, formed with the former Long An (Mekong Delta), reports itself in the Southeast.
    const region = unit.code === 'N25-tay-ninh' ? 'R-DNB' : unit.region;
    const regionNote = region
      ? `Region ${region} inferred (${p.region_2025_status}); no published list of regions after 2025.`
      : `Region unknown: the former provinces span several regions (${p['pre2025_regions_of_former_provinces(NQ81/2023)']}).`;
    return {
      ...unit, region, region_status: region ? 'inferred' : 'unknown', peer_groups: peerGroups2025(unit, p.type), gso_code: p.code, source,
      note: `${unit.note} ${composition} ${regionNote} A code alone never identifies a unit across 01/07/2025.`,
    };
  });
  return [...updated, ...communes2025(ref)];
}

function communes2025(ref: Reference): Unit[] {
  const communes = ref.readCsv(`${DIR}/can-tho-2025-communes.csv`, ['code', 'name_vi', 'type', 'former_units']);
  if (communes.length !== 103) fail(`${DIR}/can-tho-2025-communes.csv: expected 103 rows, found ${communes.length}`);
  return communes
    .map((c): Unit => {
      const isWard = c.type === 'phường';
      const bare = c.name_vi.replace(/^(Phường|Xã)\s+/, '');
      return {
        code: `X25-${c.code}`, name_vi: c.name_vi, name_en: `${ascii(bare)} ${isWard ? 'Ward' : 'Commune'}`,
        short_vi: bare, short_en: ascii(bare), level: 'commune', parent: CAN_THO_2025, region: '', region_status: '',
        peer_groups: '', valid_from: '2025-07-01', valid_to: '', successor: '', gso_code: c.code,
        source: 'nq-1668-2025-ubtvqh15;cv-1027-ctk-cscl-2025',
        note: `Commune-level unit (${c.type}) of the new Cần Thơ from 01/07/2025, formed from ${c.former_units} (data/lineage.csv). Code ${c.code} (CV 1027/CTK-CSCL) may be the former code of another unit. English name is a translation.`,
      };
    })
    .sort((a, b) => byCode(a.code, b.code));
}
