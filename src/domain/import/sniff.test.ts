import { describe, expect, it } from 'vitest';
import { sniffBytes } from './sniff';

const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part)));
const utf16le = (text: string) => new Uint8Array(Uint16Array.from([...text].map((c) => c.charCodeAt(0))).buffer);
const utf16be = (text: string) => utf16le(text).map((_, i, all) => all[i ^ 1] ?? 0);

describe('sniffBytes', () => {
  it.each([
    ['a workbook (.xlsx, even renamed .csv)', bytes('PK\x03\x04\x14\x00\x06\x00', [0, 0, 0, 0]), { kind: 'xlsx' }],
    ['an OpenDocument spreadsheet', bytes('PK\x03\x04', Array<number>(26).fill(0), 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), { kind: 'ods' }],
    ['an Excel 97–2003 workbook', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), { kind: 'xls' }],
    ['a PDF', bytes('%PDF-1.7\n'), { kind: 'pdf' }],
    ['a PNG', bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]), { kind: 'image' }],
    ['a JPEG', bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), { kind: 'image' }],
    ['a GIF', bytes('GIF89a', [1, 0]), { kind: 'image' }],
    ['a WebP', bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), { kind: 'image' }],
    ['a phone photo (HEIC)', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0]), { kind: 'image' }],
    ['UTF-8 with a BOM', bytes([0xef, 0xbb, 0xbf], 'Tỉnh;Điểm'), { kind: 'text', encoding: 'utf-8' }],
    ['UTF-8 or 8-bit text without a BOM', new TextEncoder().encode('Tỉnh;Điểm\nCần Thơ;89,13'), { kind: 'text' }],
    ['Excel’s Unicode Text: UTF-16 LE with a BOM', bytes([0xff, 0xfe], 'T\0i\0'), { kind: 'text', encoding: 'utf-16le' }],
    ['UTF-16 BE with a BOM', bytes([0xfe, 0xff], '\0T\0i'), { kind: 'text', encoding: 'utf-16be' }],
    ['UTF-16 LE without a BOM', utf16le('Tỉnh\tĐiểm\r\nCần Thơ\t89,13'), { kind: 'text', encoding: 'utf-16le' }],
    ['UTF-16 BE without a BOM', utf16be('Tỉnh\tĐiểm\r\nCần Thơ\t89,13'), { kind: 'text', encoding: 'utf-16be' }],
    ['other bytes with zeros', bytes([1, 2, 0, 0, 0, 7, 0, 0, 9, 9, 9, 0, 0, 0]), { kind: 'binary' }],
  ])('knows %s', (_, head, expected) => {
    expect(sniffBytes(head)).toEqual(expected);
  });
});
