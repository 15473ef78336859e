import { describe, expect, it } from 'vitest';
import { diffByKey, mergeByKey, taskKey } from './plans-merge';
import type { Task } from './plans-types';

const task = (id: string, status: Task['status'] = 'not_started'): Task => ({
  id, plan: 'p', textVi: id, textEn: id, responsible: 'snv', cooperating: [], components: [], status, note: '', sources: [], line: 2,
});

describe('plan items from imports', () => {
  it('replace bundled items with the same key and add the others', () => {
    const merged = mergeByKey([task('A'), task('B')], [{ ...task('B', 'done'), line: 9 }, task('C')], taskKey);
    expect(merged.map((t) => [t.id, t.status])).toEqual([
      ['A', 'not_started'],
      ['B', 'done'],
      ['C', 'not_started'],
    ]);
  });

  it('are previewed as added, changed or unchanged, whatever line they were on', () => {
    expect(diffByKey([task('A'), task('B')], [{ ...task('A'), line: 7 }, task('B', 'done'), task('C')], taskKey)).toEqual({ added: 1, changed: 1, unchanged: 1 });
  });
});
