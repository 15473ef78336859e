import { IMAGE_FONT_FAMILY } from './compose-chart-svg';
import { fontFaceCss, pickFontFiles, type FontFaceRule } from './font-face';
import type { FontWeight } from './types';

const WEIGHTS: readonly FontWeight[] = [400, 700];

function pageFontRules(): FontFaceRule[] {
  return [...document.styleSheets].flatMap((sheet) => {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      return []; // A style sheet from another origin cannot be read; ours always can.
    }
    return [...rules]
      .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
      .map(({ style }) => ({
        family: style.getPropertyValue('font-family'),
        weight: style.getPropertyValue('font-weight'),
        style: style.getPropertyValue('font-style'),
        src: style.getPropertyValue('src'),
        unicodeRange: style.getPropertyValue('unicode-range'),
      }));
  });
}

async function toDataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
  const blob = new Blob([await response.arrayBuffer()], { type: 'font/woff2' });
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('Could not read the font file'));
    reader.readAsDataURL(blob);
  });
}

let cached: Promise<string> | undefined;

/** The page's own Be Vietnam Pro files (regular and bold, every subset) as inlined @font-face rules; fetched once. */
export function embeddedFontCss(): Promise<string> {
  cached ??= Promise.all(
    pickFontFiles(pageFontRules(), IMAGE_FONT_FAMILY, WEIGHTS).map(async (file) => ({
      weight: file.weight,
      unicodeRange: file.unicodeRange,
      dataUrl: file.url.startsWith('data:') ? file.url : await toDataUrl(file.url),
    })),
  ).then((faces) => fontFaceCss(IMAGE_FONT_FAMILY, faces));
  cached.catch(() => {
    cached = undefined; // A failed fetch is tried again on the next click.
  });
  return cached;
}
