import { cityEra } from '@/domain/city';
import type { Catalog } from '@/domain/types';
import type { CityMessages } from '@/i18n/city-vi';
import { formatDate } from '@/i18n/format';

/** "TP Cần Thơ (sau sắp xếp, từ 01/07/2025)" or "TP Cần Thơ (trước sắp xếp)" for a unit of the city's lineage; undefined for any other unit. */
export function cityLabel(catalog: Catalog, code: string, t: CityMessages): string | undefined {
  const era = cityEra(catalog, code);
  if (!era) return undefined;
  return era.kind === 'after' ? t.after(formatDate(era.from)) : t.before;
}
