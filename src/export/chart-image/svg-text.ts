import type { TextStyle } from './types';

// XML 1.0 forbids most control characters, lone surrogates and U+FFFE/FFFF: one of them in a data cell
// would make the whole SVG unreadable.
const isXmlChar = (code: number) => code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code < 0xd800) || (code > 0xdfff && code < 0xfffe) || code > 0xffff;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or attribute value made safe for SVG markup: data is always text, never markup. */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((char) => isXmlChar(char.codePointAt(0) ?? 0))
    .join('')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

export interface TextLineOptions extends TextStyle {
  x: number;
  y: number;
  fill: string;
  anchor?: 'start' | 'middle' | 'end';
}

/** One line of text; y is the baseline. */
export function svgText(text: string, { x, y, size, weight, fill, anchor = 'start' }: TextLineOptions): string {
  const anchorAttr = anchor === 'start' ? '' : ` text-anchor="${anchor}"`;
  return `<text x="${round(x)}" y="${round(y)}" font-size="${size}" font-weight="${weight}" fill="${escapeXml(fill)}"${anchorAttr}>${escapeXml(text)}</text>`;
}

export const round = (n: number) => Math.round(n * 100) / 100;
