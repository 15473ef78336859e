import type { IssueKind } from '@/domain/issues';

/** Text encodings that the bytes themselves can reveal. */
export type SniffedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** What a file is, told from its first bytes, whatever its name says. */
export type SniffedFile =
  /** `encoding` when a byte order mark or the pattern of zero bytes tells it; otherwise UTF-8 or an older 8-bit encoding. */
  | { kind: 'text'; encoding?: SniffedEncoding }
  | { kind: 'xlsx' | 'ods' | 'xls' | 'pdf' | 'image' | 'binary' };

/** Bytes enough to tell every kind below. */
export const SNIFF_BYTES = 512;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const latin1 = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = ascii('PK\x03\x04');
const IMAGES = [[0x89, ...ascii('PNG\r\n\x1a\n')], [0xff, 0xd8, 0xff], ascii('GIF87a'), ascii('GIF89a'), ascii('II*\0'), ascii('MM\0*')];

function isImage(bytes: Uint8Array): boolean {
  if (IMAGES.some((signature) => startsWith(bytes, signature))) return true;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return true;
  // HEIC from phones and AVIF: an ISO media box "ftyp" with an image brand.
  return startsWith(bytes, ascii('ftyp'), 4) && /^(heic|heix|heif|mif1|avif)$/.test(latin1(bytes, 8, 12));
}

/** UTF-16 without a byte order mark: digits, punctuation and Latin letters put a zero in every other byte. */
function utf16Pattern(bytes: Uint8Array): SniffedEncoding | undefined {
  const pairs = Math.floor(bytes.length / 2);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const many = pairs * 0.3;
  const few = pairs * 0.05;
  if (oddZeros >= many && evenZeros <= few) return 'utf-16le';
  if (evenZeros >= many && oddZeros <= few) return 'utf-16be';
  return undefined;
}

export function sniffBytes(bytes: Uint8Array): SniffedFile {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: 'text', encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: 'text', encoding: 'utf-16le' };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: 'text', encoding: 'utf-16be' };
  if (startsWith(bytes, ZIP)) return latin1(bytes, 30, 130).includes('opendocument.spreadsheet') ? { kind: 'ods' } : { kind: 'xlsx' };
  if (startsWith(bytes, OLE2)) return { kind: 'xls' };
  if (startsWith(bytes, ascii('%PDF'))) return { kind: 'pdf' };
  if (isImage(bytes)) return { kind: 'image' };
  const utf16 = utf16Pattern(bytes);
  if (utf16) return { kind: 'text', encoding: utf16 };
  return bytes.includes(0) ? { kind: 'binary' } : { kind: 'text' };
}

/** The problem reported for a kind of file that is neither text nor a workbook this import reads. */
export const UNREADABLE_KINDS = { xls: 'legacy-excel-file', ods: 'ods-file', pdf: 'pdf-file', image: 'image-file' } as const satisfies Partial<Record<SniffedFile['kind'], IssueKind>>;
