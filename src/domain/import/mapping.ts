import { foldForSearch } from '@/domain/text';
import type { Component } from '@/domain/types';
import type { CsvRow } from '@/domain/csv-table';

/** What one column of a wide table (one row per unit, one column per component) holds. */
export type ColumnTarget =
  | { kind: 'unit' }
  | { kind: 'total' }
  | { kind: 'component'; code: string }
  | { kind: 'rank' }
  | { kind: 'rank_of' }
  | { kind: 'ignore' };

/** The header row: the first row that fills at least half as many cells as the fullest row. */
export function findHeaderRow(rows: readonly CsvRow[]): number {
  const filled = rows.slice(0, 20).map((row) => row.cells.filter((cell) => cell.trim() !== '').length);
  const fullest = Math.max(0, ...filled);
  const at = filled.findIndex((count) => count >= Math.max(2, fullest / 2));
  return Math.max(0, at);
}

/** A canonical long file names its columns unit, component, score…; anything else is a wide table. */
export function isCanonicalHeader(header: readonly string[]): boolean {
  const names = header.map((cell) => cell.trim().toLowerCase());
  return names.includes('unit') && names.includes('component');
}

const UNIT = /^(tinh|don vi|dia phuong|tinh thanh pho|tinh thanh|ten|unit|province|locality)\b/;
const RANK_OF = /(mau so|so don vi xep hang|rank of|rank_of|tren tong so)/;
const RANK = /(xep hang|^hang|rank|thu hang|vi tri)/;
const TOTAL = /(tong|total|diem|chi so|score|ket qua)/;

/**
 * Finds the component a folded header label names: by its code, or by its name or short name in either language. The
 * names are folded once per file, not once per label (152 folds for PAPI's 38 components instead of 1,368 for a
 * canonical file's 9 labels).
 */
function componentFinder(components: readonly Component[]): (folded: string) => string | undefined {
  const named = components.map((c) => {
    const code = c.code.toLowerCase();
    return { code: c.code, folded: code, start: new RegExp(`^${code}\\b`), names: new Set([c.nameVi, c.nameEn, c.shortVi, c.shortEn].map(foldForSearch)) };
  });
  return (folded) => (named.find((c) => folded === c.folded || c.start.test(folded)) ?? named.find((c) => c.names.has(folded)))?.code;
}

/** A first guess of each column's meaning, which the user confirms or corrects. */
export function suggestTargets(header: readonly string[], components: readonly Component[]): ColumnTarget[] {
  const targets: ColumnTarget[] = [];
  const taken = (kind: ColumnTarget['kind']) => targets.some((t) => t.kind === kind);
  const componentFor = componentFinder(components);
  for (const label of header) {
    const folded = foldForSearch(label);
    const component = folded ? componentFor(folded) : undefined;
    if (!folded) targets.push({ kind: 'ignore' });
    else if (component) targets.push({ kind: 'component', code: component });
    else if (UNIT.test(folded) && !taken('unit')) targets.push({ kind: 'unit' });
    else if (RANK_OF.test(folded) && !taken('rank_of')) targets.push({ kind: 'rank_of' });
    else if (RANK.test(folded) && !taken('rank')) targets.push({ kind: 'rank' });
    else if (TOTAL.test(folded) && !taken('total')) targets.push({ kind: 'total' });
    else targets.push({ kind: 'ignore' });
  }
  return targets;
}

/** The key under which a confirmed mapping is remembered: the folded header labels. */
export function headerSignature(header: readonly string[]): string {
  return header.map((cell) => foldForSearch(cell)).join('|');
}
