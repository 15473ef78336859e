export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

const QUOTE = 34;
/** Lines looked at. */
const LINES = 10;

function countOutsideQuotes(line: string, delimiter: string): number {
  const mark = delimiter.charCodeAt(0);
  let inQuotes = false;
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const char = line.charCodeAt(i);
    if (char === QUOTE) inQuotes = !inQuotes;
    else if (char === mark && !inQuotes) count += 1;
  }
  return count;
}

/** The first non-blank lines, found without splitting the rest of the text (the first piece of a large file). */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  for (let start = 0; start < text.length && lines.length < count; ) {
    const end = text.indexOf('\n', start);
    // A CR left before the LF counts no delimiter and is blank to trim().
    const line = text.slice(start, end < 0 ? text.length : end);
    if (line.trim() !== '') lines.push(line);
    start = end < 0 ? text.length : end + 1;
  }
  return lines;
}

/**
 * The separator of a table: the one that splits the first lines into the same number of fields most
 * consistently. Decimal commas in values ("89,13") and a title row above the header do not fool it.
 * Excel in a Vietnamese locale writes ';'.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = firstLines(text.replace(/^\uFEFF/, ''), LINES);
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    const counts = lines.map((line) => countOutsideQuotes(line, delimiter)).filter((count) => count > 0);
    const frequency = new Map<number, number>();
    for (const count of counts) frequency.set(count, (frequency.get(count) ?? 0) + 1);
    // Lines agreeing on the most common field count, weighted a little by that count.
    const score = Math.max(0, ...[...frequency].map(([count, lines]) => lines * 100 + count));
    if (score > bestScore) [best, bestScore] = [delimiter, score];
  }
  return best;
}
