import { assert } from './errors';
import type { Reference } from './reference';
import { blankUnit, type Unit } from './schema';
import type { SourceRegistry } from './sources';
import { asciiKebab, joinIds } from './text';

/** The 9 district-level units of Cần Thơ before 2025-07-01 (CT-...), and their codes by Vietnamese name. */
export function districtUnits(ref: Reference, sources: SourceRegistry): { districts: Unit[]; districtCode: Map<string, string> } {
  const rows = ref.readCsv('can-tho-districts.csv', ['name_vi', 'name_ascii', 'type', 'type_vi', 'valid_to', 'source_url']);
  assert(rows.length === 9, 'can-tho-districts.csv: expected 9 rows');
  const districtCode = new Map<string, string>();
  const districts = rows.map((d): Unit => {
    assert(['quan', 'huyen'].includes(d.type), `${d.name_vi}: unknown type`);
    const code = `CT-${asciiKebab(d.name_ascii)}`;
    districtCode.set(d.name_vi, code);
    const isQuan = d.type === 'quan';
    return {
      ...blankUnit, code,
      name_vi: `${isQuan ? 'Quận' : 'Huyện'} ${d.name_vi}`,
      name_en: `${d.name_ascii} ${isQuan ? 'Urban District' : 'Rural District'}`,
      short_vi: d.name_vi, short_en: d.name_ascii, level: 'district', parent: 'P59', valid_to: d.valid_to,
      source: joinIds([...sources.idsOf(d.source_url, `can-tho-districts.csv ${d.name_vi}`), 'general-knowledge']),
      note: `District-level unit (${d.type_vi}) of Cần Thơ (P59) until ${d.valid_to}. No successor: the district level was abolished nationwide on 2025-07-01 (two-level local government). Quận/huyện assignment: general knowledge - verify. English name is a translation (quận = urban district, huyện = rural district).`,
    };
  });
  return { districts, districtCode };
}
