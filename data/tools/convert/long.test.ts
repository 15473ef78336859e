import { describe, expect, it } from 'vitest';
import type { Context } from './context';
import { parseRecords } from './csv';
import { convertLong } from './long';
import { Output } from './output';
import type { Reference } from './reference';
import { sourceRegistry } from './sources';
import { loadTables, parseTable } from './tables';

// Made-up rows in the layout of reference-data/par-index.csv (TEST, not real data).
const HEADER = 'year,unit,unit_type,code,measure,breakdown,value,derived,note,source_url';
const URL = 'https://a.example/1';
const tables = loadTables();
const sources = sourceRegistry(parseTable('sources', `id,title,publisher,date,url,note,url_in_reference\nart-a,A,,,${URL},,yes\n`));
const UNITS = ['VN', 'R-DBSCL', 'P01', 'P59'];
const ctx: Context = {
  tables,
  sources,
  periods: tables.periods,
  provinces: [],
  provinceNameByCode: new Map([['P01', 'Hà Nội'], ['P59', 'Cần Thơ']]),
  districtCode: new Map(),
  regionByVi: new Map([['Đồng bằng sông Cửu Long', 'R-DBSCL']]),
  sipasElementByVi: new Map(),
  componentsByPeriod: new Map(),
  unitIndex: (code) => UNITS.indexOf(code),
  componentOrder: () => () => 0,
};

function run(lines: string[]) {
  const text = [HEADER, ...lines].join('\n');
  const ref: Reference = { dir: 'inline', readText: () => text, readCsv: (file, columns) => parseRecords(text, file, columns) };
  const out = new Output();
  const result = convertLong(ref, 'par-index.csv', 'par', ctx, out);
  return { result, files: out.files };
}

describe('convertLong (par-index.csv, sipas.csv)', () => {
  it('writes one file per year, units in units.csv order, and counts the measures it does not convert', () => {
    const { result, files } = run([
      `2020,Cần Thơ,province,P59,score_pct,,83.76,no,,${URL}`,
      `2020,Hà Nội,province,P01,rank,,3,no,,${URL}`,
      `2020,national,national,,national_mean_pct,,81.00,no,,${URL}`,
      `2020,Cần Thơ,province,P59,position,,top,no,,${URL}`,
      `2019,Đồng bằng sông Cửu Long,region,,regional_mean_pct,,80.5,no,,${URL}`,
    ]);
    expect(result.years).toEqual(['2019', '2020']);
    expect(result.skipped).toEqual(new Map([['position', 1]]));
    expect(files.get('par/2020.csv')?.split('\n').map((l) => l.split(',').slice(0, 5).join(','))).toEqual([
      'unit,component,score,rank,rank_of',
      'VN,total,81.00,,',
      'P01,total,,3,63',
      'P59,total,83.76,,',
      '',
    ]);
    expect(files.get('par/2019.csv')).toContain('R-DBSCL,total,80.5,,,published,art-a,,Regional mean as published.');
  });

  it.each([
    ['an unknown measure', `2020,Cần Thơ,province,P59,score_max,,90,no,,${URL}`, "par-index.csv:2: unknown measure 'score_max'"],
    ['a province whose code and name disagree', `2020,Cần Thơ,province,P01,score_pct,,90,no,,${URL}`, "par-index.csv:2: unit 'Cần Thơ' / code 'P01' not in provinces.csv"],
    ['a score with a decimal comma', `2020,Cần Thơ,province,P59,score_pct,,"83,76",no,,${URL}`, "par-index.csv:2: bad score_pct value '83,76'"],
    ['a group fact with no figure to attach to', `2021,Cần Thơ,province,P59,group,,B,no,,${URL}`, 'par-index.csv:2: group fact has no row with a number to attach to'],
    ['an unknown source URL', `2020,Cần Thơ,province,P59,score_pct,,83.76,no,,https://unknown.example/`, 'par-index.csv:2: URL not in tables/sources.csv'],
    ['a derived flag that is not yes/no', `2020,Cần Thơ,province,P59,score_pct,,83.76,maybe,,${URL}`, "par-index.csv:2: bad derived 'maybe'"],
  ])('stops on %s', (_what, line, message) => {
    expect(() => run([line])).toThrow(message);
  });
});
