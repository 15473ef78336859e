// @vitest-environment jsdom
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { diffFigures, ROWS_PER_TURN } from '@/domain/import/diff';
import { figureTableBuilder } from '@/domain/import/figure-table';
import type { Figure } from '@/domain/types';
import { useFigureDiff } from './use-figure-diff';

// Made-up figures, not real data.
const figure = (unit: string, score: number): Figure => ({ index: 'par', year: 2024, unit, component: 'total', score, status: 'conflict', sources: ['s1'], derivation: '', note: '', line: 2 });
const current = [figure('P59', 89.13), figure('P01', 90)];

/** `rows` incoming figures: P59 changed again and again, then one new unit. */
function incoming(rows: number) {
  const builder = figureTableBuilder('par', 2024);
  builder.reserve(rows);
  for (let i = 0; i < rows - 1; i++) builder.add(figure('P59', 80 + (i % 100) / 100));
  builder.add(figure('P02', 70));
  return builder.table();
}

describe('useFigureDiff', () => {
  it('compares a file of one piece in the render that shows it', () => {
    const table = incoming(1000);
    const { result } = renderHook(() => useFigureDiff(current, table, true));
    expect(result.current).toEqual(diffFigures(current, table));
  });

  it('compares a larger file a piece at a time, then gives the same diff; nothing before the figures are at hand', async () => {
    const table = incoming(ROWS_PER_TURN + 10);
    const { result, rerender } = renderHook(({ figures }) => useFigureDiff(figures, table, true), { initialProps: { figures: undefined as readonly Figure[] | undefined } });
    expect(result.current).toBeUndefined();
    rerender({ figures: current });
    expect(result.current).toBeUndefined();
    await waitFor(() => expect(result.current).toBeDefined());
    expect(result.current).toMatchObject({ added: 1, changed: ROWS_PER_TURN + 9, removed: 0, unchanged: 0 });
    expect(result.current).toEqual(diffFigures(current, table));
  });
});
