import type { Figure } from '@/domain/types';

/** What identifies a figure: an import replaces the bundled figure with the same key. */
export const figureKey = (f: Pick<Figure, 'index' | 'year' | 'unit' | 'component'>) => `${f.index}|${f.year}|${f.unit}|${f.component}`;

/** Imported figures replace bundled ones with the same unit and component (all conflicting rows too). */
export function mergeFigures(bundled: readonly Figure[], imported: readonly Figure[]): Figure[] {
  const replaced = new Set(imported.map(figureKey));
  return [...bundled.filter((f) => !replaced.has(figureKey(f))), ...imported];
}
