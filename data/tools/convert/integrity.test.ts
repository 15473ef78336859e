import { describe, expect, it } from 'vitest';
import { checkIntegrity, type CatalogueRows } from './integrity';
import { blankUnit, type Component } from './schema';
import { loadTables } from './tables';

const comp = (period: string, code: string, parent = ''): Component => ({ index: 'par', period, code, parent, order: '1', name_vi: '', name_en: '', short_vi: '', short_en: '', max_points: '', source: 'art-a', note: '' });
const CATALOGUE: CatalogueRows = {
  units: [{ ...blankUnit, code: 'VN', level: 'nation', parent: '' }, { ...blankUnit, code: 'P59', level: 'province', source: 'art-a' }],
  comps: [comp('par-2017', 'F1')],
  periods: loadTables().periods,
  sourceCells: [{ where: 'units P59', cell: 'art-a' }],
};
const IDS = new Set(['art-a']);
const HEADER = 'unit,component,score,rank,rank_of,status,source,derivation,note';
const check = (line: string, catalogue = CATALOGUE) => checkIntegrity(catalogue, IDS, new Map([['par/2018.csv', `${HEADER}\n${line}\n`]]));

describe('referential integrity', () => {
  it('passes a well-formed value file', () => {
    expect(check('P59,F1,9.50,,,published,art-a,,')).toEqual([]);
  });

  it.each([
    ['an unknown unit', 'P99,total,80,,,published,art-a,,', 'par/2018.csv P99 total: unknown unit'],
    ['a component of another period', 'P59,F9,8,,,published,art-a,,', 'par/2018.csv P59 F9: component not in par-2017'],
    ['a status not in the schema', 'P59,total,80,,,estimated,art-a,,', 'par/2018.csv P59 total: bad status'],
    ['a score on a not_published row', 'P59,total,80,,,not_published,art-a,,', 'par/2018.csv P59 total: score with status not_published'],
    ['a score that is not a plain number', 'P59,total,"80,5",,,published,art-a,,', "par/2018.csv P59 total: score '80,5' is not a number"],
    ['a rank that is not an integer', 'P59,total,80,6.5,63,published,art-a,,', 'par/2018.csv P59 total: rank not an integer'],
    ['an unknown source id', 'P59,total,80,,,published,art-z,,', "par/2018.csv P59 total: unknown source id 'art-z'"],
    ['a row without a source', 'P59,total,80,,,published,,,', 'par/2018.csv P59 total: no source'],
    ['the same row twice when not both conflicts', 'P59,total,80,,,conflict,art-a,,\nP59,total,81,,,published,art-a,,', "par/2018.csv P59|total: duplicate rows not all 'conflict'"],
  ])('reports %s', (_what, line, problem) => {
    expect(check(line)).toContain(problem);
  });

  it('allows the same row twice when both are conflicts', () => {
    expect(check('P59,total,80,,,conflict,art-a,,\nP59,total,81,,,conflict,art-a,,')).toEqual([]);
  });

  it.each([
    ['a unit whose successor is unknown', { units: [...CATALOGUE.units, { ...blankUnit, code: 'P60', level: 'province', successor: 'N25-nowhere' }] }, 'units P60: unknown unit N25-nowhere'],
    ['a component whose parent is unknown', { comps: [...CATALOGUE.comps, comp('par-2017', 'SC11', 'D1')] }, 'components par-2017 SC11: unknown parent'],
    ['a catalogue row citing an unknown source', { sourceCells: [{ where: 'periods par-2017', cell: 'art-a;nope' }] }, "periods par-2017: unknown source id 'nope'"],
  ])('reports %s', (_what, change, problem) => {
    expect(check('P59,F1,9.50,,,published,art-a,,', { ...CATALOGUE, ...change })).toContain(problem);
  });
});
