import { describe, expect, it } from 'vitest';
import { changeOnPrevious, nationalMean, nationalMeanFigure, publishedNationalMean, unitResults, type FiguresByYear } from './results';
import { loadBundledCatalog, loadBundledIndex } from './testing/bundled-data';
import { tinyCatalog } from './testing/tiny-catalog';
import type { Figure } from './types';

const f = (index: string, year: number, unit: string, score?: number, rank?: number, rankOf?: number, status: Figure['status'] = 'published'): Figure => ({
  index, year, unit, component: 'total', score, rank, rankOf, status, sources: ['s1'], derivation: '', note: '', line: 2,
});

const par: FiguresByYear = new Map([
  [2022, [f('par', 2022, 'P59', 86.11, 26, 63), f('par', 2022, 'VN', 84.79)]],
  [2023, [f('par', 2023, 'P59', undefined, 42, 63)]],
  [2024, [f('par', 2024, 'P59', 89.13, 22, 63), f('par', 2024, 'VN', 88.37)]],
]);

describe('unitResults and changeOnPrevious', () => {
  const catalog = tinyCatalog();

  it('uses official ranks as published, with their denominators', () => {
    const results = unitResults(par, catalog, 'par', 'P59', 'total');
    expect(results.map((r) => [r.year, r.score, r.rank?.rank, r.rank?.rankOf, r.rank?.kind])).toEqual([
      [2022, 86.11, 26, 63, 'official'],
      [2023, undefined, 42, 63, 'official'],
      [2024, 89.13, 22, 63, 'official'],
    ]);
  });

  it('gives places gained (+ = up) and no points when the previous score is not published', () => {
    const results = unitResults(par, catalog, 'par', 'P59', 'total');
    expect(changeOnPrevious(results, 2024, catalog, 'par')).toEqual({ fromYear: 2023, places: 20, points: undefined, acrossBreak: false });
    expect(changeOnPrevious(results, 2023, catalog, 'par')).toMatchObject({ places: -16, points: undefined });
  });

  it('gives no change when the previous year has no row', () => {
    const results = unitResults(par, catalog, 'par', 'P59', 'total');
    expect(changeOnPrevious(results, 2022, catalog, 'par')).toBeUndefined();
  });

  it('flags a change that crosses a methodology break', () => {
    const papi: FiguresByYear = new Map([
      [2017, [f('papi', 2017, 'P59', 38.301), f('papi', 2017, 'P60', 37)]],
      [2018, [f('papi', 2018, 'P59', 46.061), f('papi', 2018, 'P60', 47)]],
    ]);
    const results = unitResults(papi, catalog, 'papi', 'P59', 'total');
    expect(results.map((r) => r.rank)).toEqual([
      { rank: 1, rankOf: 2, kind: 'computed' },
      { rank: 2, rankOf: 2, kind: 'computed' },
    ]);
    expect(changeOnPrevious(results, 2018, catalog, 'papi')).toEqual({ fromYear: 2017, places: -1, points: 7.76, acrossBreak: true });
  });
});

describe('nationalMean', () => {
  const catalog = tinyCatalog();

  it('takes the published national mean of an official index', () => {
    expect(nationalMean(par.get(2024) ?? [], catalog, 'par', 'total')).toEqual({ value: 88.37, kind: 'published' });
    expect(nationalMean(par.get(2023) ?? [], catalog, 'par', 'total')).toBeUndefined();
  });

  it('computes the mean of ranked provinces for a computed index and says how many', () => {
    const figures = [f('papi', 2024, 'P59', 40), f('papi', 2024, 'P60', 44), f('papi', 2024, 'P61', undefined, undefined, undefined, 'not_published')];
    expect(nationalMean(figures, catalog, 'papi', 'total')).toEqual({ value: 42, kind: 'computed', count: 2 });
  });

  it('keeps a published mean of a computed index apart: the mean stays computed, the VN row is the other measure', () => {
    const figures = [f('papi', 2022, 'P59', 40), f('papi', 2022, 'P60', 44), f('papi', 2022, 'VN', 41.56)];
    expect(nationalMean(figures, catalog, 'papi', 'total')).toEqual({ value: 42, kind: 'computed', count: 2 });
    expect(nationalMeanFigure(figures, catalog, 'papi', 'total')).toBeUndefined();
    expect(publishedNationalMean(figures, catalog, 'papi', 'total')?.score).toBe(41.56);
    // For an official index the published mean is the mean itself, not a second measure.
    const parYear = par.get(2024) ?? [];
    expect(nationalMeanFigure(parYear, catalog, 'par', 'total')?.score).toBe(88.37);
    expect(publishedNationalMean(parYear, catalog, 'par', 'total')).toBeUndefined();
  });
});

describe('the PAPI national mean over the bundled years: one measure', () => {
  const bundled = loadBundledCatalog();
  const papi = loadBundledIndex(bundled, 'papi');
  const years = [...papi.keys()].sort((a, b) => a - b);
  const published = years.filter((year) => publishedNationalMean(papi.get(year) ?? [], bundled, 'papi', 'total'));

  it('is the computed mean of the provinces ranked in every year, those with a published mean included', () => {
    expect(published).toEqual([2018, 2019, 2021, 2022]);
    for (const year of years) {
      const figures = papi.get(year) ?? [];
      const ranked = figures.filter((x) => x.unit !== 'VN' && x.component === 'total' && x.status === 'published' && x.score !== undefined);
      const mean = nationalMean(figures, bundled, 'papi', 'total');
      expect(mean?.kind, String(year)).toBe('computed');
      expect(mean?.count, String(year)).toBe(ranked.length);
      expect(mean?.value, String(year)).toBeCloseTo(ranked.reduce((sum, x) => sum + (x.score ?? 0), 0) / ranked.length, 5);
    }
  });

  it('differs from the published mean in those years, which is why the two are never joined', () => {
    const gaps = published.map((year) => {
      const figures = papi.get(year) ?? [];
      return Math.abs((nationalMean(figures, bundled, 'papi', 'total')?.value ?? 0) - (publishedNationalMean(figures, bundled, 'papi', 'total')?.score ?? 0));
    });
    expect(gaps.map((gap) => Math.round(gap * 100) / 100)).toEqual([0.3, 0.01, 0.7, 0.78]);
  });
});
