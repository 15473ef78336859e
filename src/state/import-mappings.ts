import type { ColumnTarget } from '@/domain/import/mapping';

const KEY = 'ct-par-import-mappings';

function readAll(): Record<string, ColumnTarget[]> {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as Record<string, ColumnTarget[]>;
  } catch {
    return {};
  }
}

/** The column meanings the user confirmed last time for a table with this header. */
export function rememberedTargets(signature: string): ColumnTarget[] | undefined {
  return readAll()[signature];
}

export function rememberTargets(signature: string, targets: readonly ColumnTarget[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify({ ...readAll(), [signature]: targets }));
  } catch {
    // Nothing to remember with: the mapping is simply asked again next time.
  }
}
