import { describe, expect, it } from 'vitest';
import { yearResult } from '@/domain/results';
import { fig, rankingsCatalog } from './testing-catalog';
import { yearResults } from './year-results';

describe('yearResults', () => {
  const catalog = rankingsCatalog();

  it.each(['papi', 'par'])('gives for every unit what yearResult gives (%s)', (index) => {
    const figures = [
      fig(index, 2024, 'P59', 40.4, { rank: 3, rankOf: 63 }),
      fig(index, 2024, 'P60', 45),
      fig(index, 2024, 'P61', undefined, { status: 'did_not_take_part' }),
      fig(index, 2024, 'P01', 47, { rank: 1, rankOf: 63, status: 'conflict' }),
      fig(index, 2024, 'P01', 46, { rank: 1, rankOf: 63, status: 'conflict' }),
      fig(index, 2024, 'P59', 4.1, { component: 'D1' }),
    ];
    const all = yearResults(figures, catalog, index, 2024, 'total');
    expect([...all.keys()]).toEqual(['P59', 'P60', 'P61', 'P01']);
    for (const [unit, result] of all) expect(result).toEqual(yearResult(figures, catalog, index, 2024, unit, 'total'));
  });
});
