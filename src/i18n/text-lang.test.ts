import { describe, expect, it } from 'vitest';
import { textLang } from './text-lang';

describe('textLang', () => {
  it.each([
    ['Quảng Ngãi tụt hạng chỉ số SIPAS và PAR Index', 'vi'],
    ['Kế hoạch 101/KH-UBND của UBND TP Cần Thơ: cải thiện và nâng cao PAR INDEX, SIPAS, PAPI, PCI, PGI giai đoạn 2025–2030', 'vi'],
    ['Cổng thông tin điện tử TP Cần Thơ (cantho.gov.vn)', 'vi'],
    ['Over 90% of citizens report no difficulties from civil servants', 'en'],
    ['Cần Thơ City Portal (cantho.gov.vn, English)', 'en'],
    ['PAPI provincial panel 2011–2024 (data/csv, commit d165721)', 'en'],
    ['2024', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(textLang(text)).toBe(lang);
  });
});
