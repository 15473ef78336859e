import { describe, expect, it } from 'vitest';
import { derivationIn } from './derivation-text';

const original = (text: string, lang: 'vi' | 'en' = 'en') => ({ kind: 'original', text, lang });
const text = (value: string) => ({ kind: 'text', text: value });

describe('derivationIn: the data files’ derivations in Vietnamese', () => {
  it.each([
    ['sum of D1–D8', [text('tổng D1–D8')]],
    ['sum of SC61–SC64, rounded to 6 decimals', [text('tổng SC61–SC64, làm tròn đến 6 chữ số thập phân')]],
    ['sum of SC51, SC53, SC54, rounded to 6 decimals', [text('tổng SC51, SC53, SC54, làm tròn đến 6 chữ số thập phân')]],
    ['rank_of: all 63 provinces ranked (reference README)', [text('mẫu số của hạng: cả 63 tỉnh được xếp hạng')]],
    ['rank: 22 + 20 = 42 (2024 rank 22 was reported as up 20 places).', [text('hạng: 22 + 20 = 42'), original('2024 rank 22 was reported as up 20 places')]],
    [
      "score: 90.09 - 1.03 = 89.06 (2019 score 90.09 reported as 'up 1.03'). CONFLICT with 89.6 (previous row). | rank_of: all 63 provinces ranked (reference README)",
      [
        text('điểm: 90,09 − 1,03 = 89,06'),
        original("(2019 score 90.09 reported as 'up 1.03'). CONFLICT with 89.6 (previous row)."),
        text('; '),
        text('mẫu số của hạng: cả 63 tỉnh được xếp hạng'),
      ],
    ],
    ['rank: Lowest of 63.', [text('hạng'), original('Lowest of 63.')]],
  ])('%s', (derivation, expected) => {
    expect(derivationIn(derivation, 'vi')).toEqual(expected);
  });

  it('shows a derivation already in the interface’s language as it is', () => {
    expect(derivationIn('sum of D1–D8', 'en')).toEqual([text('sum of D1–D8')]);
    expect(derivationIn('tổng điểm các lĩnh vực', 'vi')).toEqual([text('tổng điểm các lĩnh vực')]);
  });

  it('marks the Vietnamese words an English derivation quotes', () => {
    expect(derivationIn("rank: 34 - 11 = 23 (2024 rank 34 reported as 'giảm 11 bậc', down 11 places).", 'en')).toEqual([
      text('rank: 34 - 11 = 23 (2024 rank 34 reported as '),
      { kind: 'quoted', text: "'giảm 11 bậc'", lang: 'vi' },
      text(', down 11 places).'),
    ]);
  });

  it('never translates a Vietnamese derivation into English: it is shown as written, marked Vietnamese', () => {
    expect(derivationIn('tổng điểm các lĩnh vực', 'en')).toEqual([original('tổng điểm các lĩnh vực', 'vi')]);
  });
});
