// Rules of convert-2026-12-figures.mjs. Rows built here are made-up test rows, not real data, except
// where a test reads the bundled data/ folder (the corrections must hold there).
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CORRECTIONS, addFigure, agrees, citySatisfaction, cityInternalAggregates, groupCountAggregates, mergeInto, newSources, par2020PartAggregates,
} from './convert-2026-12-figures.mjs';

const row = (fields) => ({ unit: 'P01', component: 'total', score: '', rank: '', rank_of: '', status: 'published', source: 'a', derivation: '', note: '', ...fields });

describe('adding a 2026-12 figure to a yearly file', () => {
  it('adds a row when the unit has none', () => {
    const { rows, outcome } = addFigure([row({ unit: 'VN', score: '80' })], row({ score: '81.10', rank: '6', rank_of: '63' }));
    expect(outcome).toBe('added');
    expect(rows).toHaveLength(2);
  });

  it('keeps one row with both sources when the figure repeats or completes an existing one', () => {
    const { rows, outcome } = addFigure([row({ rank: '1', rank_of: '63', source: 'old' })], row({ score: '91.80', rank: '1', rank_of: '63', source: 'new', note: 'Adds score.' }));
    expect(outcome).toBe('merged');
    expect(rows).toEqual([expect.objectContaining({ score: '91.80', rank: '1', source: 'old;new', status: 'published' })]);
    expect(rows[0].note).toContain('Also new (adds score): Adds score.');
  });

  it('never overwrites a published row that disagrees: both become conflict rows', () => {
    const { rows, outcome } = addFigure([row({ score: '89.6', source: 'old' })], row({ score: '81', source: 'new' }));
    expect(outcome).toBe('conflict');
    expect(rows.map((r) => [r.score, r.status, r.source])).toEqual([['89.6', 'conflict', 'old'], ['81', 'conflict', 'new']]);
    expect(rows[0].note).toMatch(/^CONFLICT/);
  });

  it('adds a row the reference marks as conflict beside the rows it conflicts with, even when a field agrees', () => {
    const first = addFigure([], row({ score: '86.89', rank: '32', rank_of: '63', status: 'conflict', note: 'CONFLICT: rank 34 elsewhere.' })).rows;
    const { rows } = addFigure(first, row({ score: '86.89', rank: '34', rank_of: '63', status: 'conflict', source: 'b', note: 'CONFLICT with rank 32.' }));
    expect(rows.map((r) => [r.rank, r.status])).toEqual([['32', 'conflict'], ['34', 'conflict']]);
  });

  it('refuses to put a figure over a not_published row', () => {
    expect(() => addFigure([row({ status: 'not_published' })], row({ score: '40' }))).toThrow(/not_published/);
  });

  it('compares figures as numbers (81.1 agrees with 81.10) and lets a blank agree with anything', () => {
    expect(agrees(row({ score: '81.1' }), row({ score: '81.10', rank: '6' }))).toBe(true);
    expect(agrees(row({ rank: '29' }), row({ rank: '28' }))).toBe(false);
  });

  it('moves a derivation the new source prints directly into the note, keeping the others', () => {
    const merged = mergeInto(
      row({ score: '84.97', rank: '51', rank_of: '63', derivation: 'score: 86.11 - 1.14 = 84.97 | rank_of: all 63 provinces ranked' }),
      row({ score: '84.97', rank: '51', rank_of: '63', source: 'direct' }),
    );
    expect(merged.derivation).toBe('rank_of: all 63 provinces ranked');
    expect(merged.note).toContain('earlier derivation, consistent: score: 86.11 - 1.14 = 84.97.');
  });
});

describe('aggregates', () => {
  it('group counts: one row per count, with the B and C counts printed beside group A', () => {
    const rows = groupCountAggregates([{ year: '2020', index: 'par', measure: 'group_A', value: '2', source: 's', note: 'B = 56, C = 5' }]);
    expect(rows.map((r) => [r.measure, r.value, r.unit, r.level, r.unit_of_value])).toEqual([
      ['group_A', '2', 'VN', 'province', 'count'],
      ['group_B', '56', 'VN', 'province', 'count'],
      ['group_C', '5', 'VN', 'province', 'count'],
    ]);
  });

  it("the city's own index: means in the source's unit (points in baocantho, percent in nsmt), counts as counts", () => {
    const rows = cityInternalAggregates([
      { year: '2016', level: 'district', measure: 'mean_score', value: '84.05', source: 'baocantho-can-no-luc-nhieu-hon', derivation: '', note: '' },
      { year: '2023', level: 'department', measure: 'mean_score', value: '92.27', source: 'nsmt-can-tho-par-2023', derivation: '', note: '' },
      { year: '2023', level: 'department', measure: 'n_units', value: '16', source: 'nsmt-can-tho-par-2023', derivation: '', note: '' },
    ]);
    expect(rows.map((r) => [r.index, r.unit, r.unit_of_value])).toEqual([['ct-par', 'P59', 'points'], ['ct-par', 'P59', 'percent'], ['ct-par', 'P59', 'count']]);
  });

  it('PAR 2020 parts: four rows per province, refused when they do not add up to the total', () => {
    const ok = { year: '2020', rank: '2', unit: 'P20', appraisal: '58.71', sipas_part: '9.35', leaders_survey: '19.45', socioeconomic_impact: '3', total: '90.51', source: 's' };
    expect(par2020PartAggregates([ok]).map((r) => r.measure)).toEqual(['part_appraisal', 'part_sipas', 'part_leaders_survey', 'part_socioeconomic_impact']);
    expect(() => par2020PartAggregates([{ ...ok, total: '95' }])).toThrow(/sum/);
  });

  it("the city's satisfaction survey is ct-sat and the portal its own measure: nothing becomes SIPAS", () => {
    const base = { unit_name: '', rank: '', rank_of: '', status: 'published', source: 's', derivation: '', note: '' };
    const { figures, aggregates } = citySatisfaction([
      { ...base, year: '2024', index: 'ct-sat', unit: 'P59', component: 'total', score: '95.44' },
      { ...base, year: '2024', index: 'ct-sat', unit: 'P59', component: 'dept-mean', score: '94.41' },
      { ...base, year: '2024', index: 'ct-sat', unit: '', unit_name: 'Sở Xây dựng', component: 'total', score: '89.32' },
      { ...base, year: '2021-2025', index: 'ct-sat', unit: 'P59', component: 'range', score: '' },
      { ...base, year: '2023', index: 'dvc-portal', unit: 'P59', component: 'total', score: '93.08' },
    ]);
    expect(figures).toEqual([expect.objectContaining({ unit: 'P59', score: '95.44' })]);
    expect(aggregates.map((a) => [a.index, a.level, a.measure, a.subject])).toEqual([
      ['ct-sat', 'department', 'mean_score', ''],
      ['ct-sat', 'department', 'unit_score', 'Sở Xây dựng'],
      ['dvc-portal', 'province', 'portal_satisfaction', ''],
    ]);
    expect(() => citySatisfaction([{ ...base, year: '2024', index: 'sipas', unit: 'P59', component: 'total', score: '1' }])).toThrow(/unknown index/);
  });
});

describe('sources', () => {
  it('keeps a source without an address by title, publisher and date; a month-only date goes to the note', () => {
    const rows = newSources(
      [
        { id: 'known', title: 'x', publisher: 'p', date: '', url: 'https://x', note: '' },
        { id: 'no-url', title: 'Title', publisher: 'NSMT', date: '2024-02-29', url: '', note: 'URL not stored.' },
        { id: 'month', title: 'T', publisher: 'P', date: '2025-04', url: 'https://y', note: 'n' },
      ],
      new Set(['known']),
    );
    expect(rows).toEqual([
      { id: 'no-url', title: 'Title', publisher: 'NSMT', date: '2024-02-29', url: '', note: 'URL not stored.' },
      { id: 'month', title: 'T', publisher: 'P', date: '', url: 'https://y', note: 'Date given as 2025-04 only. n' },
    ]);
  });
});

describe('the seven corrections hold in the bundled data/', () => {
  const data = path.join(import.meta.dirname, '..');
  const parse = (text) => Papa.parse(text, { header: true, skipEmptyLines: true }).data;
  const files = new Map(CORRECTIONS.flatMap((c) => c.files).map((f) => [f, parse(fs.readFileSync(path.join(data, f), 'utf8'))]));
  for (const correction of CORRECTIONS) {
    it(`correction ${correction.id}`, () => expect(correction.holds(files)).toBe(true));
  }

  it('a check fails when its correction is undone (correction 1 on a published-only 2014 row)', () => {
    const undone = new Map(files);
    undone.set('papi/2014.csv', files.get('papi/2014.csv').filter((r) => !(r.unit === 'P59' && r.source === 'cand-papi-2014')));
    expect(CORRECTIONS[0].holds(undone)).toBe(false);
  });
});
