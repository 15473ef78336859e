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
