import { describe, expect, it } from 'vitest';
import { SCORE_PARTS } from '@/domain/codes';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { scoreParts } from './score-parts';

describe('scoreParts on the bundled PAR 2020 top ten', () => {
  const catalog = loadBundledCatalog();

  it('gives the four printed parts of each of the ten scores, Quảng Ninh first', () => {
    const model = scoreParts(catalog, 'par', 2020);
    expect(model?.rows.map((r) => r.unit.code)).toEqual(['P14', 'P20', 'P31', 'P47', 'P56', 'P32', 'P51', 'P01', 'P49', 'P16']);
    const quangNinh = model?.rows.find((r) => r.unit.code === 'P14');
    expect(SCORE_PARTS.map((p) => quangNinh?.parts[p]?.value)).toEqual([57.66, 9.56, 18.83, 5]);
    expect(model?.sources.map((s) => s.id)).toEqual(['mofcom-par-2020']);
  });

  it('has nothing for a year or index without published parts', () => {
    expect(scoreParts(catalog, 'par', 2021)).toBeUndefined();
    expect(scoreParts(catalog, 'sipas', 2020)).toBeUndefined();
  });
});
