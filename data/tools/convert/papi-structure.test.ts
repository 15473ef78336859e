import { describe, expect, it } from 'vitest';
import { papiStructure, subLabel } from './papi-structure';
import { loadTables, parseTable } from './tables';

const tables = loadTables();

describe('PAPI structure and labels from the tables', () => {
  it.each([
    ['papi-2016', 'SC32', 'Responsive to citizen actions', 'yes'],
    ['papi-2011', 'SC32', "People's Inspection Boards", 'no'],
    ['papi-2016', 'SC11', 'Civic knowledge', 'no'],
    ['papi-2021', 'SC21', '', 'yes'],
  ])('labels %s %s as %j (new meaning: %s)', (period, code, nameEn, newMeaning) => {
    expect(subLabel(tables, period, code)).toMatchObject({ name_en: nameEn, new_meaning: newMeaning });
  });

  it('lists the sub-dimensions of each dimension in order, as the period has them', () => {
    expect(papiStructure(tables, 'papi-2021').get('D5')).toEqual(['SC51', 'SC53', 'SC54']);
    expect([...papiStructure(tables, 'papi-2011').keys()]).toEqual(['D1', 'D2', 'D3', 'D4', 'D5', 'D6']);
  });

  it('refuses two label rows that cover the same period', () => {
    const labels = parseTable('papi-sub-labels', 'code,from_period,to_period,name_en,name_vi,short_en,short_vi,new_meaning\nSC11,papi-2011,,A,A,A,A,no\nSC11,papi-2016,,B,B,B,B,no\n');
    expect(() => subLabel({ ...tables, 'papi-sub-labels': labels }, 'papi-2016', 'SC11')).toThrow('2 rows for SC11 in papi-2016');
  });
});
