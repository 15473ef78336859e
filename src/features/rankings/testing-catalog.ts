import { parseCatalog } from '@/domain/catalog';
import { TINY_CATALOG_TEXTS } from '@/domain/testing/tiny-catalog';
import type { Catalog, Figure } from '@/domain/types';

/** The tiny catalogue plus the city's own ranking of its districts (ct-par) and a second district. */
export function rankingsCatalog(): Catalog {
  const t = TINY_CATALOG_TEXTS;
  const { catalog, issues } = parseCatalog({
    ...t,
    'units.csv': `${t['units.csv']}CT-o-mon,Quận Ô Môn,O Mon District,Ô Môn,O Mon,district,P59,,,,2025-06-30,,,s1,\n`,
    'indices.csv': `${t['indices.csv']}ct-par,CCHC nội bộ,City PAR ranking,CCHC nội bộ TP,City PAR ranking,UBND TP,City,district,points,official,2015,s1,\n`,
    'periods.csv': `${t['periods.csv']}ct-par,ct-par-2015,2015,,,,,none,,,s1\n`,
  });
  if (!catalog) throw new Error(`rankings test catalogue is invalid: ${JSON.stringify(issues)}`);
  return catalog;
}

export const fig = (index: string, year: number, unit: string, score?: number, extra: Partial<Figure> = {}): Figure => ({
  index, year, unit, component: 'total', score, status: 'published', sources: ['s1'], derivation: '', note: '', line: 2, ...extra,
});
