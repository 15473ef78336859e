/**
 * Greedy word wrap to a width: whitespace collapses, a word wider than the line (a long URL) is cut
 * between characters. `width` measures a piece of text in the style it will be drawn in.
 */
export function wrapText(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (width(candidate) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = '';
    for (const piece of cutWord(word, maxWidth, width)) {
      if (line) lines.push(line);
      line = piece;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function cutWord(word: string, maxWidth: number, width: (text: string) => number): string[] {
  if (width(word) <= maxWidth) return [word];
  const pieces: string[] = [];
  let piece = '';
  for (const char of Array.from(word)) {
    if (piece && width(piece + char) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  return piece ? [...pieces, piece] : pieces;
}
