import type { FontWeight } from './types';

/** What an @font-face rule of the page says, as read from its style sheets. */
export interface FontFaceRule {
  family: string;
  weight: string;
  style: string;
  src: string;
  unicodeRange: string;
}

export interface FontFile {
  weight: FontWeight;
  /** Where the page loads the woff2 file from (our own origin). */
  url: string;
  unicodeRange: string;
}

/** The woff2 files of one family in the weights an image uses, one per subset, as the page declares them. */
export function pickFontFiles(rules: readonly FontFaceRule[], family: string, weights: readonly FontWeight[]): FontFile[] {
  return rules.flatMap((rule) => {
    const weight = weights.find((w) => String(w) === rule.weight.trim());
    const url = /url\(\s*["']?([^"')]+\.woff2(?:\?[^"')]*)?)["']?\s*\)/.exec(rule.src)?.[1];
    const sameFamily = rule.family.replace(/["']/g, '').trim() === family;
    return sameFamily && weight !== undefined && url && (rule.style === '' || rule.style === 'normal') ? [{ weight, url, unicodeRange: rule.unicodeRange }] : [];
  });
}

const CSS_SAFE = /^[\w\s,+?-]*$/;

/** @font-face rules with each file inlined as a data: URL. */
export function fontFaceCss(family: string, faces: readonly { weight: FontWeight; dataUrl: string; unicodeRange: string }[]): string {
  return faces
    .map(({ weight, dataUrl, unicodeRange }) => {
      // Both come from our own style sheets and files; checked anyway so nothing can close the rule early.
      const range = CSS_SAFE.test(unicodeRange) && unicodeRange.trim() ? `unicode-range:${unicodeRange};` : '';
      if (!/^data:font\/woff2;base64,[A-Za-z0-9+/=]+$/.test(dataUrl)) throw new Error('Font data must be a base64 woff2 data: URL');
      return `@font-face{font-family:'${family}';font-style:normal;font-weight:${weight};src:url(${dataUrl}) format('woff2');${range}}`;
    })
    .join('\n');
}
