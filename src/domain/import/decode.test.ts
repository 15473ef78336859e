import { describe, expect, it } from 'vitest';
import { decodeBytes, streamDecoder, type TextEncodingName } from './decode';
import { IMPORT_LIMITS } from './limits';

describe('decodeBytes', () => {
  it('reads UTF-8 and normalises to NFC', () => {
    const bytes = new TextEncoder().encode('Cần Thơ'.normalize('NFD'));
    expect(decodeBytes(bytes)).toEqual({ text: 'Cần Thơ'.normalize('NFC'), encoding: 'utf-8', invalidUtf8: false });
  });

  it('notices bytes that are not UTF-8 and can read them as Windows-1258', () => {
    // "Thơ" in Windows-1258: T h (0xF5 = ơ)
    const bytes = new Uint8Array([0x54, 0x68, 0xf5]);
    expect(decodeBytes(bytes).invalidUtf8).toBe(true);
    expect(decodeBytes(bytes, 'windows-1258').text).toBe('Thơ');
  });
});

const joinAll = (...parts: ArrayLike<number>[]) => new Uint8Array(parts.flatMap((part) => Array.from(part)));

describe('streamDecoder', () => {
  const decodeInPieces = (bytes: Uint8Array, size: number, encoding: TextEncodingName = 'utf-8') => {
    const decoder = streamDecoder(encoding);
    let text = '';
    for (let at = 0; at < bytes.length; at += size) text += decoder.push(bytes.subarray(at, at + size));
    return { text: text + decoder.end(), invalidUtf8: decoder.invalidUtf8 };
  };

  it.each([1, 2, 5])('gives the same NFC text as decodeBytes when bytes come %i at a time', (size) => {
    const bytes = new TextEncoder().encode('Tỉnh;Điểm\nCần Thơ;89,13\nHậu Giang;85'.normalize('NFD'));
    expect(decodeInPieces(bytes, size)).toEqual({ text: decodeBytes(bytes).text, invalidUtf8: false });
  });

  it('notices invalid UTF-8 and reads Windows-1258 tone marks cut from their letter', () => {
    // "Thơ\nCần": C, â (0xE2), 0xCC (combining grave), n
    const bytes = new Uint8Array([0x54, 0x68, 0xf5, 0x0a, 0x43, 0xe2, 0xcc, 0x6e]);
    expect(decodeInPieces(bytes, 1).invalidUtf8).toBe(true);
    expect(decodeInPieces(bytes, 1, 'windows-1258').text).toBe('Thơ\nCần'.normalize('NFC'));
  });

  const valid = new TextEncoder().encode('\uFEFFCần Thơ 😀;89,13\n');
  it.each([
    // The first invalid byte ends a character begun in the pieces before it.
    ['a character cut short', joinAll(valid, [0x41, 0xe1, 0xba, 0x43], valid, [0x80])],
    // The bytes held from the piece before form a byte order mark, kept inside the text.
    ['a byte order mark before an invalid byte', joinAll(valid, [0x41, 0x42, 0xef, 0xbb, 0xbf, 0x80, 0x44])],
    ['a lone continuation byte', joinAll(valid, [0x80], valid)],
    ['a lead byte at the very end', joinAll(valid, [0xf0, 0x9f])],
  ])('reads invalid UTF-8 (%s) as decodeBytes does, wherever the pieces cut it', (_, bytes) => {
    for (const size of [1, 2, 3, 4, 7, 64]) expect(decodeInPieces(bytes, size)).toEqual({ text: decodeBytes(bytes).text, invalidUtf8: true });
  });

  it.each([1, 2, 3, 64])('keeps valid UTF-8 valid, 4-byte characters and a byte order mark included (%i bytes)', (size) => {
    const bytes = new TextEncoder().encode('\uFEFFCần Thơ 😀;89,13\n\uFEFFHậu Giang 𝔸;85');
    expect(decodeInPieces(bytes, size)).toEqual({ text: decodeBytes(bytes).text, invalidUtf8: false });
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('hands on every completed %s line at once, as LF, so a file is never held whole', (_, end) => {
    const line = 'Cần Thơ;89,13';
    const bytes = new TextEncoder().encode(`${line}${end}`.repeat(2000));
    const decoder = streamDecoder();
    const piece = 64;
    let handedOn = '';
    for (let at = 0; at < bytes.length; at += piece) {
      handedOn += decoder.push(bytes.subarray(at, at + piece));
      // What is held back is at most the line being read and one piece.
      expect(at + piece - new TextEncoder().encode(handedOn.replace(/\n/g, end)).length).toBeLessThanOrEqual(piece + 2 * line.length);
    }
    expect(handedOn + decoder.end()).toBe(`${line}\n`.repeat(2000));
  });

  it('hands on a line longer than an import accepts without waiting for its end', () => {
    const decoder = streamDecoder();
    const long = new TextEncoder().encode('x'.repeat(IMPORT_LIMITS.lineChars + 1));
    expect(decoder.push(long.subarray(0, IMPORT_LIMITS.lineChars))).toBe('');
    expect(decoder.push(long.subarray(IMPORT_LIMITS.lineChars))).toHaveLength(IMPORT_LIMITS.lineChars + 1);
  });

  // Excel's "Unicode Text": UTF-16 LE with a byte order mark, tab-separated. "𝟖" needs two UTF-16 units.
  const unicodeText = 'Tỉnh\tĐiểm\r\nCần Thơ\t89,13 𝟖';
  const utf16 = (text: string, littleEndian: boolean) => {
    const units = [0xfeff, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
    const view = new DataView(new ArrayBuffer(units.length * 2));
    units.forEach((unit, i) => view.setUint16(i * 2, unit, littleEndian));
    return new Uint8Array(view.buffer);
  };

  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ] as const)('reads %s without its byte order mark, even with a character cut between pieces', (encoding, littleEndian) => {
    const bytes = utf16(unicodeText.normalize('NFD'), littleEndian);
    // The stream also turns its CRLF into LF, as it does for every encoding.
    for (const size of [1, 3, 7]) expect(decodeInPieces(bytes, size, encoding)).toEqual({ text: unicodeText.normalize('NFC').replace('\r\n', '\n'), invalidUtf8: false });
    expect(decodeBytes(bytes, encoding)).toEqual({ text: unicodeText.normalize('NFC'), encoding, invalidUtf8: false });
  });
});
