import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import type { Figure } from '@/domain/types';
import { trendsEn } from '@/i18n/trends-en';
import { trendsVi } from '@/i18n/trends-vi';
import { referenceLabeller } from './reference-label';
import { PUBLISHED_NATIONAL } from './reference-lines';
import { trendExportTable } from './trend-export';
import { buildTrendsModel } from './trends-model';

const catalog = loadBundledCatalog();
const papi = catalog.indices.get('papi');
const par = catalog.indices.get('par');
if (!papi || !par) throw new Error('no papi or par in the bundled catalogue');
const papiYears = loadBundledIndex(catalog, 'papi');

/** The mean of the provinces' published totals, worked out here by hand. */
const meanOfProvinces = (figures: readonly Figure[]) => {
  const totals = figures.filter((f) => f.unit !== 'VN' && f.component === 'total' && f.status === 'published' && f.score !== undefined);
  return totals.reduce((sum, f) => sum + (f.score ?? 0), 0) / totals.length;
};

const trend = (index = papi, byYear = papiYears) =>
  buildTrendsModel(catalog, index, byYear, { units: ['P59'], measure: 'score', component: 'total', refs: ['national'] }, (u) => u.shortVi, referenceLabeller(trendsVi, index.shortVi));

describe('the national mean over the years of PAPI: one measure per line', () => {
  const model = trend();
  if (!model) throw new Error('no model');
  const national = model.series.filter((s) => s.reference === 'national');
  const published = model.series.filter((s) => s.reference === PUBLISHED_NATIONAL);
  const valueOf = (series: typeof national, year: number) => {
    const row = model.rows.find((r) => r.year === year);
    return series.map((s) => row?.[s.key]).find((v) => typeof v === 'number');
  };

  it('draws the line from the computed mean of the provinces in every year, the years with a published mean too', () => {
    for (const [year, figures] of papiYears) expect(valueOf(national, year), String(year)).toBeCloseTo(meanOfProvinces(figures), 5);
    expect(national.every((s) => s.computed && s.dashed && !s.unjoined)).toBe(true);
  });

  it('shows the published means apart: points only, in their own series, in the years PAPI published one', () => {
    expect(model.publishedMeanYears).toEqual([2018, 2019, 2021, 2022]);
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((s) => s.unjoined && !s.computed)).toBe(true);
    for (const year of model.publishedMeanYears) {
      const vn = papiYears.get(year)?.find((f) => f.unit === 'VN' && f.component === 'total');
      expect(valueOf(published, year)).toBe(vn?.score);
      expect(valueOf(national, year)).not.toBe(vn?.score);
    }
    // The VN rows drawn are credited in the source line.
    expect(model.figures.filter((f) => f.unit === 'VN').map((f) => f.year)).toEqual([2018, 2019, 2021, 2022]);
  });

  it('names each line by its measure, on the chart and in the table', () => {
    expect(national[0]?.label).toBe('Trung bình các tỉnh (tính toán)');
    expect(published[0]?.label).toBe('Trung bình toàn quốc (PAPI công bố)');
    const table = trendExportTable(model, 'score', { year: 'Năm', outOf: String });
    expect(table.header).toEqual(['Năm', 'Cần Thơ', 'Trung bình các tỉnh (tính toán)', 'Trung bình toàn quốc (PAPI công bố)']);
    expect(table.rows.find((row) => row[0] === 2020)?.[3]).toBeUndefined();
    expect(referenceLabeller(trendsEn, 'PAPI')(PUBLISHED_NATIONAL, false, false)).toBe('National mean (published by PAPI)');
    expect(referenceLabeller(trendsEn, 'PAPI')('national', true, true)).toBe('Mean of the provinces');
  });
});

describe('the national mean of an index that publishes it', () => {
  it('is one published line, with no second series (PAR Index)', () => {
    const parYears = loadBundledIndex(catalog, 'par');
    const model = trend(par, parYears);
    const lines = new Map(model?.series.filter((s) => s.reference).map((s) => [s.legendKey, [s.label, s.computed]]));
    expect([...lines.values()]).toEqual([['Trung bình cả nước', false]]);
    expect(model?.publishedMeanYears).toEqual([]);
  });
});
