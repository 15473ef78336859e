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
  const decoder = encoding === 'utf-8' ? utf8Decoder() : checkedDecoder(encoding);
  const lineEnds = lineEndNormaliser();
  // Never holds a '\n': the start of a line not yet ended.
  let pending = '';
  return {
    push(bytes) {
      const piece = lineEnds.push(decoder.decode(bytes));
      const cut = piece.lastIndexOf('\n') + 1;
      let text = '';
      if (cut > 0) [text, pending] = [pending + piece.slice(0, cut), piece.slice(cut)];
      else if (pending.length + piece.length > IMPORT_LIMITS.lineChars) [text, pending] = [pending + piece, ''];
      else pending += piece;
      return text.normalize('NFC');
    },
    end() {
      const text = (pending + lineEnds.push(decoder.decode()) + lineEnds.end()).normalize('NFC');
      pending = '';
      return text;
    },
    get invalidUtf8() {
      return decoder.invalidUtf8;
    },
  };
}

/** Decodes the next bytes of a stream, or with none its end; tells whether the bytes so far were valid UTF-8. */
interface PieceDecoder {
  decode(bytes?: Uint8Array): string;
  readonly invalidUtf8: boolean;
}

const NO_BYTES: Uint8Array = new Uint8Array(0);

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  const both = new Uint8Array(a.length + b.length);
  both.set(a);
  both.set(b, a.length);
  return both;
}

/** The bytes of a UTF-8 character begun and not ended by the bytes so far (`held`, then `bytes`), valid so far: at most 3. */
function unfinishedCharacter(held: Uint8Array, bytes: Uint8Array): Uint8Array {
  const tail = (bytes.length >= 3 ? bytes : joined(held, bytes)).slice(-3);
  for (let back = 1; back <= tail.length; back++) {
    const byte = tail[tail.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return length > back ? tail.slice(tail.length - back) : NO_BYTES;
  }
  return NO_BYTES;
}

/**
 * UTF-8 decoded once, by a decoder that fails on invalid bytes, instead of a second decoding only to
 * check them (a whole copy of the text made and thrown away). From the first invalid byte on, a
 * lenient decoder reads the rest, starting with the bytes of the character the strict one held
 * unfinished: the text is the lenient decoding of the whole file, as before.
 */
function utf8Decoder(): PieceDecoder {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let lenient: TextDecoder | undefined;
  let held: Uint8Array = NO_BYTES;
  let started = false;
  return {
    decode(bytes) {
      if (lenient) return bytes ? lenient.decode(bytes, { stream: true }) : lenient.decode();
      try {
        const text = bytes ? strict.decode(bytes, { stream: true }) : strict.decode();
        if (bytes && bytes.length > 0) [held, started] = [unfinishedCharacter(held, bytes), true];
        return text;
      } catch {
        // A byte order mark is dropped at the start of the text only.
        lenient = new TextDecoder('utf-8', { ignoreBOM: started });
        return bytes ? lenient.decode(joined(held, bytes), { stream: true }) : lenient.decode(held);
      }
    },
    get invalidUtf8() {
      return lenient !== undefined;
    },
  };
}

/** Another encoding; Windows-1258 bytes are also checked as UTF-8, to tell the user which one the file is. */
function checkedDecoder(encoding: TextEncodingName): PieceDecoder {
  const utf8Check = new TextDecoder('utf-8', { fatal: true });
  const decoder = new TextDecoder(encoding);
  let invalidUtf8 = false;
  return {
    decode(bytes) {
      if (!invalidUtf8 && checksUtf8(encoding)) {
        try {
          if (bytes) utf8Check.decode(bytes, { stream: true });
          else utf8Check.decode();
        } catch {
          invalidUtf8 = true;
        }
      }
      return bytes ? decoder.decode(bytes, { stream: true }) : decoder.decode();
    },
    get invalidUtf8() {
      return invalidUtf8;
    },
  };
}
