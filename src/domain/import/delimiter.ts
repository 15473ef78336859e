export const DELIMITERS = [',', ';', '\t'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

function countOutsideQuotes(line: string, delimiter: string): number {
  let inQuotes = false;
  let count = 0;
  for (const char of line) {
    if (char === '"') inQuotes = !inQuotes;
    else if (char === delimiter && !inQuotes) count += 1;
  }
  return count;
}

/**
 * The separator of a table: the one that splits the first lines into the same number of fields most
 * consistently. Decimal commas in values ("89,13") and a title row above the header do not fool it.
 * Excel in a Vietnamese locale writes ';'.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((line) => line.trim() !== '').slice(0, 10);
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
