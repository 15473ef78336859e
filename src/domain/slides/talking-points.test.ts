import { breakBetween } from '@/domain/methodology';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from '@/domain/testing/bundled-data';
import { CAN_THO, PAPI_2024, PAR_2024, SIPAS_2024 } from '@/domain/testing/real-figures';
import { buildSlide, defaultDeck } from './build-slide';
import type { DeckData } from './deck-data';
import { parseSlideCode } from './slide-code';
import type { TalkingPoint } from './talking-point-types';
import { talkingPoints } from './talking-points';

const catalog = loadBundledCatalog();
const figures = new Map(['papi', 'par', 'sipas', 'ct-par'].map((index) => [index, loadBundledIndex(catalog, index)]));
const data: DeckData = { catalog, unit: CAN_THO, figures, targets: loadBundledPlans(catalog).data?.targets ?? [], plans: new Map() };

const pointsOf = (code: string): TalkingPoint[] => {
  const slide = buildSlide(data, parseSlideCode(code) ?? { kind: 'title' });
  if (!slide) throw new Error(`no slide ${code}`);
  return talkingPoints(slide, data);
};

describe('talking points of the default deck (bundled real data)', () => {
  it('gives every slide one to three points, and never one that compares across a change of method', () => {
    for (const code of defaultDeck(data)) {
      const points = pointsOf(code);
      expect(points.length, code).toBeGreaterThan(0);
      expect(points.length, code).toBeLessThanOrEqual(3);
      for (const point of points.filter((p) => p.kind === 'change')) {
        expect(breakBetween(catalog, point.index.code, point.fromYear, point.toYear, 'total'), `${code} compares ${point.fromYear}→${point.toYear}`).toBe(false);
      }
    }
  });

  it('says the gap to the national mean first on a headline', () => {
    const [first] = pointsOf('headline.par');
    expect(first).toMatchObject({ kind: 'mean', year: 2024, score: PAR_2024.score, mean: { value: PAR_2024.mean } });
    if (first?.kind !== 'mean') throw new Error('no mean point');
    expect(first.gap).toBeCloseTo(PAR_2024.score - PAR_2024.mean, 6);
  });

  it('does not compare PAR 2024 with 2023 across the new method: it says the method changed instead', () => {
    const points = pointsOf('headline.par');
    expect(points.some((p) => p.kind === 'change')).toBe(false);
    expect(points).toContainEqual(expect.objectContaining({ kind: 'break', year: 2024 }));
    expect(pointsOf('rank.par').map((p) => p.kind)).toEqual(['rank', 'break']);
  });

  it('states the SIPAS fall of 11 places on 2023 (same method, same 63 provinces)', () => {
    expect(pointsOf('headline.sipas')).toContainEqual(expect.objectContaining({ kind: 'change', fromYear: 2023, toYear: SIPAS_2024.year, places: SIPAS_2024.places }));
  });

  it('measures PAPI 2024 against the plan target of the top 15: 59/61 is 44 places short', () => {
    expect(pointsOf('headline.papi')).toContainEqual(expect.objectContaining({ kind: 'target', year: PAPI_2024.year, rank: PAPI_2024.rank, short: PAPI_2024.rank.rank - 15 }));
    expect(pointsOf('targets')).toEqual([expect.objectContaining({ kind: 'target', short: 44 })]);
  });

  it('names D1 and D2, the largest gaps to the nation, on the components slide', () => {
    expect(pointsOf('components.papi').map((p) => (p.kind === 'component-gap' ? [p.component.code, Number(p.gap.toFixed(2))] : p.kind))).toEqual([
      ['D1', -1.37],
      ['D2', -0.85],
    ]);
  });

  it('names the biggest rise and the biggest fall on the drivers slide', () => {
    const points = pointsOf('drivers.papi');
    expect(points.map((p) => p.kind)).toEqual(['mover', 'mover']);
    const [rise, fall] = points.map((p) => (p.kind === 'mover' ? p.change : NaN));
    expect(rise).toBeGreaterThan(0);
    expect(fall).toBeLessThan(0);
  });

  it('reads the rank trend only within the last stretch of one method and one number of units', () => {
    const points = pointsOf('rank.papi');
    expect(points[0]).toMatchObject({ kind: 'rank', year: 2024, rank: PAPI_2024.rank });
    expect(points[1]).toMatchObject({ kind: 'change', fromYear: 2018, toYear: 2024, places: 8 - 59 });
  });
});
