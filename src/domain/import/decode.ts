export type TextEncodingName = 'utf-8' | 'windows-1258';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** The bytes are not valid UTF-8: probably an older Excel file saved in Windows-1258. */
  invalidUtf8: boolean;
}

/**
 * Decodes file bytes as UTF-8, or as Windows-1258 when asked. Invalid UTF-8 is detected so the
 * user can be offered the older Vietnamese Windows encoding instead of seeing garbled names.
 */
export function decodeBytes(bytes: Uint8Array, encoding: TextEncodingName = 'utf-8'): DecodedText {
  let invalidUtf8 = false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    invalidUtf8 = true;
  }
  const text = new TextDecoder(encoding).decode(bytes);
  return { text: text.normalize('NFC'), encoding, invalidUtf8 };
}
