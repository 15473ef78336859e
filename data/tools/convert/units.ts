import type { Row } from './csv';
import { assert } from './errors';
import type { Reference } from './reference';
import { blankUnit, type Unit } from './schema';
import type { SourceRegistry } from './sources';
import type { Tables } from './tables';
import { districtUnits } from './districts';
import { asciiKebab, byCode, charLen, joinIds, uniq } from './text';

const SHORT_MAX_PROVINCE = 12;

// Rows of boundary-changes.csv that concern the new Cần Thơ: sources of P59 and N25-can-tho.
const CAN_THO_INSTRUMENTS = ['Decision 759/QĐ-TTg', "Cần Thơ City People's Council resolution (approval)", 'Resolution 202/2025/QH15', 'Announcement ceremony'];

const PROVINCE_COLUMNS = ['code', 'gso_code', 'name_ascii', 'name_vi', 'type', 'region_vi', 'merged_into_2025', 'merge_status_2025', 'merged_into_2025_source'] as const;
type Province = Row<(typeof PROVINCE_COLUMNS)[number]>;

export interface UnitsResult {
  units: Unit[];
  provinces: Province[];
  /** District code (CT-...) by its Vietnamese name. */
  districtCode: Map<string, string>;
}

export function buildUnits(ref: Reference, tables: Tables, sources: SourceRegistry): UnitsResult {
  const provinces = ref.readCsv('provinces.csv', PROVINCE_COLUMNS);
  assert(provinces.length === 63, 'provinces.csv: expected 63 rows');
  const regionByVi = new Map(tables.regions.map((r) => [r.name_vi, r.code]));

  const units: Unit[] = [
    { ...blankUnit, code: 'VN', name_vi: 'Việt Nam', name_en: 'Viet Nam', short_vi: 'Cả nước', short_en: 'National', level: 'nation', parent: '', note: 'National figures (national means as published by the index owners).' },
  ];
  for (const r of tables.regions) {
    units.push({
      ...blankUnit, ...r, level: 'region', source: 'general-knowledge',
      note: `Socio-economic region. Membership of provinces: general knowledge - verify (Mekong Delta = 13 provinces including Long An; Quảng Ninh in the Red River Delta).${r.code === 'R-DBSCL' ? " provinces.csv writes the English name as 'Mekong River Delta'." : ''}`,
    });
  }

  const boundary = ref.readCsv('boundary-changes.csv', ['instrument', 'source_url']);
  const canThoSources = CAN_THO_INSTRUMENTS.flatMap((instrument) => {
    const row = boundary.find((b) => b.instrument === instrument);
    assert(row, `boundary-changes.csv: row '${instrument}' not found`);
    return sources.idsOf(row.source_url, `boundary-changes.csv ${instrument}`);
  });

  const merged = mergedProvinces(provinces);
  const newUnitNames = uniq(merged.map((p) => p.merged_into_2025));
  assert(newUnitNames.length === 23, `expected 23 new units, found ${newUnitNames.length}`);
  const namesakeOf = (name: string) => provinces.find((p) => p.name_vi === name);
  const newUnitCode = new Map(newUnitNames.map((name) => [name, `N25-${asciiKebab(namesakeOf(name)?.name_ascii ?? name)}`]));
  const shortOf = (p: Province) => {
    const override = tables['province-short-names'].find((s) => s.code === p.code);
    const s = override ? { vi: override.short_vi, en: override.short_en } : { vi: p.name_vi, en: p.name_ascii };
    assert(charLen(s.vi) <= SHORT_MAX_PROVINCE && charLen(s.en) <= SHORT_MAX_PROVINCE, `${p.code}: short name longer than ${SHORT_MAX_PROVINCE}`);
    return s;
  };

  for (const p of provinces) {
    assert(/^P\d{2}$/.test(p.code) && /^\d{2}$/.test(p.gso_code), `${p.code}: bad code or gso_code`);
    const region = regionByVi.get(p.region_vi);
    assert(region, `${p.code}: unknown region '${p.region_vi}'`);
    assert(['city', 'province'].includes(p.type), `${p.code}: unknown type '${p.type}'`);
    const mergerSources = sources.idsOf(p.merged_into_2025_source, `provinces.csv ${p.code}`);
    const s = shortOf(p);
    const notes = ['Vietnamese name and GSO code: mdtrinh-vietnamdata; code and English name: papi-ml-mcdm; type (city/province) and region: general knowledge - verify.'];
    if (p.type === 'city') notes.push('Centrally-run city before 2025 (general knowledge - verify).');
    let validTo = '';
    let successor = '';
    const unitSources = ['papi-ml-mcdm', 'mdtrinh-vietnamdata', 'general-knowledge', ...mergerSources];
    if (p.merge_status_2025 === 'merged') {
      validTo = '2025-06-30';
      successor = newUnitCode.get(p.merged_into_2025) ?? '';
      const partners = merged.filter((q) => q.merged_into_2025 === p.merged_into_2025 && q.code !== p.code).map((q) => `${q.name_vi} (${q.code})`);
      const gk = mergerSources.includes('general-knowledge') ? ' Merger: general knowledge of Resolution 202/2025/QH15 - verify.' : '';
      notes.push(`From 2025-07-01 part of ${successor} together with ${partners.join(' and ')} (new unit named ${p.merged_into_2025}; Resolution 202/2025/QH15).${gk}`);
    } else if (p.merged_into_2025 !== p.name_vi) {
      notes.push(`One of the 11 units not merged on 2025-07-01; continues as '${p.merged_into_2025}' (listed under that name among the unchanged units) and keeps the code ${p.code}.`);
    } else {
      notes.push('One of the 11 units not merged on 2025-07-01; keeps its code.');
    }
    if (p.code === 'P59') {
      unitSources.push(...canThoSources);
      notes.push('Series of the pre-2025 city (GSO 92, PAPI P59); do not join with N25-can-tho in one line.');
    }
    units.push({
      ...blankUnit, code: p.code, name_vi: p.name_vi, name_en: p.name_ascii, short_vi: s.vi, short_en: s.en,
      level: 'province', region, peer_groups: p.type === 'city' ? 'central-cities' : '',
      valid_to: validTo, successor, gso_code: p.gso_code, source: joinIds(unitSources), note: notes.join(' '),
    });
  }

  const newUnits = newUnitNames.map((name): Unit => {
    const preds = merged.filter((p) => p.merged_into_2025 === name);
    const namesake = namesakeOf(name);
    const regions = uniq(preds.map((p) => regionByVi.get(p.region_vi) ?? ''));
    const unitSources = preds.flatMap((p) => sources.idsOf(p.merged_into_2025_source, `provinces.csv ${p.code}`));
    const code = newUnitCode.get(name) ?? '';
    const baseEn = namesake ? namesake.name_ascii : name;
    const baseShort = namesake ? shortOf(namesake) : { vi: name, en: baseEn };
    const notes = [
      `Provincial-level unit formed on 2025-07-01 from ${preds.map((p) => `${p.name_vi} (${p.code})`).join(', ')} (Resolution 202/2025/QH15); official name '${name}'.`,
      "The suffixes '(từ 2025)', '(from 2025)', '(mới)', '(new)' are dashboard labels, not part of the official name.",
    ];
    if (unitSources.includes('general-knowledge')) notes.push('Merger: general knowledge of Resolution 202/2025/QH15 - verify.');
    if (regions.length > 1) notes.push('Region left blank: the predecessors belong to different regions.');
    if (code === 'N25-can-tho') unitSources.push(...canThoSources);
    return {
      ...blankUnit, code, name_vi: `${name} (từ 2025)`, name_en: `${baseEn} (from 2025)`,
      short_vi: `${baseShort.vi} (mới)`, short_en: `${baseShort.en} (new)`,
      level: 'province', region: regions.length === 1 ? (regions[0] ?? '') : '',
      valid_from: '2025-07-01', source: joinIds(unitSources), note: notes.join(' '),
    };
  });
  units.push(...newUnits.sort((a, b) => byCode(a.code, b.code)));

  const { districts, districtCode } = districtUnits(ref, sources);
  units.push(...districts);
  for (const u of units) assert(u.valid_to === '' || /^\d{4}-\d{2}-\d{2}$/.test(u.valid_to), `${u.code}: bad valid_to`);
  return { units, districtCode, provinces };
}

/** The provinces merged on 2025-07-01, after checking the merger columns hold together. */
function mergedProvinces(provinces: readonly Province[]): Province[] {
  for (const p of provinces) assert(['merged', 'unchanged'].includes(p.merge_status_2025), `${p.code}: unknown merge_status_2025`);
  const unchangedNames = new Set(provinces.filter((p) => p.merge_status_2025 === 'unchanged').map((p) => p.merged_into_2025));
  const merged = provinces.filter((p) => p.merge_status_2025 === 'merged');
  assert(merged.length === 52, `expected 52 merged provinces, found ${merged.length}`);
  assert(unchangedNames.size === 11, `expected 11 unchanged units, found ${unchangedNames.size}`);
  for (const p of merged) assert(!unchangedNames.has(p.merged_into_2025), `${p.code}: merged into '${p.merged_into_2025}', which is an unchanged unit`);
  return merged;
}
