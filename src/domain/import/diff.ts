import type { Figure } from '@/domain/types';

export interface FigureDiff {
  added: Figure[];
  changed: { before: Figure; after: Figure }[];
  /** A figure that had a score or rank and that the import marks as a gap. */
  removed: { before: Figure; after: Figure }[];
  unchanged: number;
}

const key = (f: Figure) => `${f.index}|${f.year}|${f.unit}|${f.component}`;
const hasFigure = (f: Figure) => f.score !== undefined || f.rank !== undefined;
const same = (a: Figure, b: Figure) => a.score === b.score && a.rank === b.rank && a.rankOf === b.rankOf && a.status === b.status;

/** What applying the incoming figures would change in the current ones. */
export function diffFigures(current: readonly Figure[], incoming: readonly Figure[]): FigureDiff {
  const before = new Map<string, Figure>();
  for (const figure of current) if (!before.has(key(figure))) before.set(key(figure), figure);
  const diff: FigureDiff = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const after of incoming) {
    const previous = before.get(key(after));
    if (!previous) diff.added.push(after);
    else if (same(previous, after)) diff.unchanged += 1;
    else if (hasFigure(previous) && !hasFigure(after)) diff.removed.push({ before: previous, after });
    else diff.changed.push({ before: previous, after });
  }
  return diff;
}

/** Imported figures replace bundled ones with the same unit and component (all conflicting rows too). */
export function mergeFigures(bundled: readonly Figure[], imported: readonly Figure[]): Figure[] {
  const replaced = new Set(imported.map(key));
  return [...bundled.filter((f) => !replaced.has(key(f))), ...imported];
}
