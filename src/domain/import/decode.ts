import { IMPORT_LIMITS } from './limits';
import { lineEndNormaliser } from './line-ends';

export const TEXT_ENCODINGS = ['utf-8', 'windows-1258', 'utf-16le', 'utf-16be'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** UTF-16 bytes are never valid UTF-8 nor meant to be: only 8-bit text is checked. */
const checksUtf8 = (encoding: TextEncodingName) => encoding === 'utf-8' || encoding === 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The bytes are not valid UTF-8: probably an older Excel file saved in Windows-1258. */
  invalidUtf8: boolean;
}

/**
 * Decodes file bytes as UTF-8, or as Windows-1258 or UTF-16 when asked. Invalid UTF-8 is detected so the
 * user can be offered the older Vietnamese Windows encoding instead of seeing garbled names.
 */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName = 'utf-8'): DecodedText {
  let invalidUtf8 = false;
  try {
    if (checksUtf8(encoding)) new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    invalidUtf8 = true;
  }
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.normalize('NFC'), encoding, invalidUtf8 };
}

export interface StreamDecoder {
  /** Decodes the next bytes; returns the text of the lines completed so far, in NFC, line ends as '\n'. */
  push(bytes: Uint8Array): string;
  /** The rest of the text. */
  end(): string;
  readonly invalidUtf8: boolean;
}

/**
 * decodeBytes for a file read piece by piece. Text is handed on up to the last line break only,
 * because NFC normalisation never combines across a line break (the tone marks of a Windows-1258
 * file always follow their letter on the same line). Line ends become '\n' first, so a file of CR
 * line ends is cut as often as any other. A line longer than an import accepts is handed on
 * without waiting for its end: it is refused anyway, and holding it would grow with the file.
 */
export function streamDecoder(encoding: TextEncodingName = 'utf-8'): StreamDecoder {
  const utf8Check = new TextDecoder('utf-8', { fatal: true });
  const decoder = new TextDecoder(encoding);
  const lineEnds = lineEndNormaliser();
  let invalidUtf8 = false;
  // Never holds a '\n': the start of a line not yet ended.
  let pending = '';
  const check = (bytes?: Uint8Array) => {
    if (invalidUtf8 || !checksUtf8(encoding)) return;
    try {
      if (bytes) utf8Check.decode(bytes, { stream: true });
      else utf8Check.decode();
    } catch {
      invalidUtf8 = true;
    }
  };
  return {
    push(bytes) {
      check(bytes);
      const piece = lineEnds.push(decoder.decode(bytes, { stream: true }));
      const cut = piece.lastIndexOf('\n') + 1;
      let text = '';
      if (cut > 0) [text, pending] = [pending + piece.slice(0, cut), piece.slice(cut)];
      else if (pending.length + piece.length > IMPORT_LIMITS.lineChars) [text, pending] = [pending + piece, ''];
      else pending += piece;
      return text.normalize('NFC');
    },
    end() {
      check();
      const text = (pending + lineEnds.push(decoder.decode()) + lineEnds.end()).normalize('NFC');
      pending = '';
      return text;
    },
    get invalidUtf8() {
      return invalidUtf8;
    },
  };
}
