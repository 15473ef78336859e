import type { Target, Task } from './plans-types';

export const taskKey = (task: Task) => task.id;
export const targetKey = (t: Target) => `${t.plan}|${t.index}|${t.component}|${t.unit}|${t.targetYear}`;

/** Imported items replace bundled ones with the same key; the rest are added. */
export function mergeByKey<T>(bundled: readonly T[], imported: readonly T[], key: (item: T) => string): T[] {
  const replaced = new Set(imported.map(key));
  return [...bundled.filter((item) => !replaced.has(key(item))), ...imported];
}

export interface ItemDiff {
  added: number;
  changed: number;
  unchanged: number;
}

// What an item says, leaving out where it was read from.
const content = (item: object) => JSON.stringify({ ...item, line: undefined, imported: undefined });

export function diffByKey<T extends object>(current: readonly T[], incoming: readonly T[], key: (item: T) => string): ItemDiff {
  const before = new Map(current.map((item) => [key(item), content(item)]));
  const diff: ItemDiff = { added: 0, changed: 0, unchanged: 0 };
  for (const item of incoming) {
    const previous = before.get(key(item));
    if (previous === undefined) diff.added += 1;
    else if (previous === content(item)) diff.unchanged += 1;
    else diff.changed += 1;
  }
  return diff;
}
