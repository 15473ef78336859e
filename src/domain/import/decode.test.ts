import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode';

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
