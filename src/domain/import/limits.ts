import type { DataIssue } from '@/domain/issues';

/**
 * What one imported file may hold. Real files stay far below (a wide table has at most about a
 * hundred columns, a note a few hundred characters, the largest canonical file a million rows); a
 * hostile or broken file meets a limit early and is refused with the limit and the value found.
 * Lengths are in characters of the decoded text (a Vietnamese letter is 1 character, 2–3 bytes).
 */
export const IMPORT_LIMITS = {
  columns: 500,
  cellChars: 10_000,
  /** One row's text, with its line break and the line breaks of quoted cells. */
  lineChars: 100_000,
  /** Rows under the header. */
  rows: 2_000_000,
} as const;

const over = (file: string, line: number, kind: DataIssue['kind'], found: number, limit: number, column?: string): DataIssue => ({ file, line, kind, ...(column && { column }), detail: `${found}/${limit}` });

/** The first limit a row breaks: its length when it came as text (`chars`), its columns, a cell's length. */
export function rowLimitIssue(file: string, line: number, cells: readonly string[], chars = Infinity): DataIssue | undefined {
  if (chars !== Infinity && chars > IMPORT_LIMITS.lineChars) return over(file, line, 'line-too-long', chars, IMPORT_LIMITS.lineChars);
  if (cells.length > IMPORT_LIMITS.columns) return over(file, line, 'too-many-columns', cells.length, IMPORT_LIMITS.columns);
  // No cell of a row shorter than a cell's limit can be over it: most rows need no look at each cell.
  if (chars <= IMPORT_LIMITS.cellChars) return undefined;
  const long = cells.findIndex((cell) => cell.length > IMPORT_LIMITS.cellChars);
  return long < 0 ? undefined : over(file, line, 'cell-too-long', cells[long]?.length ?? 0, IMPORT_LIMITS.cellChars, String(long + 1));
}

/** A row of text still waiting for its end, already longer than a line may be. */
export const unendedLineIssue = (file: string, line: number, chars: number): DataIssue => over(file, line, 'line-too-long', chars, IMPORT_LIMITS.lineChars);
