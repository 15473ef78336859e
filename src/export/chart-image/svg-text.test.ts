import { describe, expect, it } from 'vitest';
import { escapeXml, svgText } from './svg-text';

describe('escapeXml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['A & B "quoted" \'single\'', 'A &amp; B &quot;quoted&quot; &apos;single&apos;'],
    ['Cần Thơ — 89,13%', 'Cần Thơ — 89,13%'],
    ['bell\u0007 and form\u000cfeed', 'bell and formfeed'],
    ['lone \ud800 surrogate, emoji 📊 kept', 'lone  surrogate, emoji 📊 kept'],
  ])('%j → %j', (raw, escaped) => {
    expect(escapeXml(raw)).toBe(escaped);
  });
});

describe('svgText', () => {
  it('writes data as text, never as markup, with its style', () => {
    const markup = svgText('<tspan>Hậu Giang</tspan>', { x: 10.123, y: 20, size: 13, weight: 700, fill: '#101828', anchor: 'middle' });
    expect(markup).toBe('<text x="10.12" y="20" font-size="13" font-weight="700" fill="#101828" text-anchor="middle">&lt;tspan&gt;Hậu Giang&lt;/tspan&gt;</text>');
  });
});
