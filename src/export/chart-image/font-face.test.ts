import { describe, expect, it } from 'vitest';
import { fontFaceCss, pickFontFiles, type FontFaceRule } from './font-face';

const rule = (weight: string, file: string, unicodeRange: string, family = '"Be Vietnam Pro"'): FontFaceRule => ({
  family,
  weight,
  style: 'normal',
  src: `url("/assets/${file}.woff2") format("woff2"), url("/assets/${file}.woff") format("woff")`,
  unicodeRange,
});

const VIETNAMESE = 'U+102-103, U+110-111, U+1EA0-1EF9';

describe('pickFontFiles', () => {
  it('keeps the woff2 file of each subset in the weights asked for, as the page declares them', () => {
    const rules = [
      rule('400', 'be-vietnam-pro-vietnamese-400-normal-abc', VIETNAMESE),
      rule('400', 'be-vietnam-pro-latin-400-normal-def', 'U+0-FF'),
      rule('600', 'be-vietnam-pro-vietnamese-600-normal-123', VIETNAMESE),
      rule('700', 'be-vietnam-pro-vietnamese-700-normal-456', VIETNAMESE),
      rule('400', 'other-font', 'U+0-FF', 'Roboto'),
      { ...rule('400', 'italic', 'U+0-FF'), style: 'italic' },
    ];
    expect(pickFontFiles(rules, 'Be Vietnam Pro', [400, 700])).toEqual([
      { weight: 400, url: '/assets/be-vietnam-pro-vietnamese-400-normal-abc.woff2', unicodeRange: VIETNAMESE },
      { weight: 400, url: '/assets/be-vietnam-pro-latin-400-normal-def.woff2', unicodeRange: 'U+0-FF' },
      { weight: 700, url: '/assets/be-vietnam-pro-vietnamese-700-normal-456.woff2', unicodeRange: VIETNAMESE },
    ]);
  });
});

describe('fontFaceCss', () => {
  it('inlines each file as a data: URL with its weight and unicode range', () => {
    const css = fontFaceCss('Be Vietnam Pro', [{ weight: 700, dataUrl: 'data:font/woff2;base64,d09GMgAB', unicodeRange: VIETNAMESE }]);
    expect(css).toBe(`@font-face{font-family:'Be Vietnam Pro';font-style:normal;font-weight:700;src:url(data:font/woff2;base64,d09GMgAB) format('woff2');unicode-range:${VIETNAMESE};}`);
  });

  it('refuses anything but a base64 woff2 data: URL, and drops a unicode range that could break out of the rule', () => {
    expect(() => fontFaceCss('Be Vietnam Pro', [{ weight: 400, dataUrl: 'https://example.org/font.woff2', unicodeRange: '' }])).toThrow(/data: URL/);
    expect(fontFaceCss('Be Vietnam Pro', [{ weight: 400, dataUrl: 'data:font/woff2;base64,AA==', unicodeRange: 'U+0-FF;}</style>' }])).not.toContain('unicode-range');
  });
});
