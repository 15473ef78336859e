export interface LineEndNormaliser {
  /** The next piece with every line end as '\n'; a '\r' ending the piece waits for the next one. */
  push(text: string): string;
  /** What was held back. */
  end(): string;
}

const LINE_END = /\r\n?/g;

/**
 * CRLF (Windows), CR (old Mac Excel) and LF, even mixed in one file, all become '\n', so the
 * parser splits rows and counts lines one way only. A '\r' at the end of a piece may be the first
 * half of a CRLF cut in two: it waits for the next piece.
 */
export function lineEndNormaliser(): LineEndNormaliser {
  let heldCr = false;
  return {
    push(text) {
      const whole = heldCr ? `\r${text}` : text;
      heldCr = whole.endsWith('\r');
      const kept = heldCr ? whole.slice(0, -1) : whole;
      return kept.includes('\r') ? kept.replace(LINE_END, '\n') : kept;
    },
    end() {
      const rest = heldCr ? '\n' : '';
      heldCr = false;
      return rest;
    },
  };
}
