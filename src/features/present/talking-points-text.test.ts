import { describe, expect, it } from 'vitest';
import { buildSlide } from '@/domain/slides/build-slide';
import type { DeckData } from '@/domain/slides/deck-data';
import { parseSlideCode } from '@/domain/slides/slide-code';
import { talkingPoints } from '@/domain/slides/talking-points';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import { enMessages } from '@/i18n/all-en';
import { viMessages } from '@/i18n/all-vi';
import { talkingPointText } from './talking-points-text';

const catalog = loadBundledCatalog();
const figures = new Map(['papi', 'par', 'sipas'].map((index) => [index, loadBundledIndex(catalog, index)]));
const data: DeckData = { catalog, unit: CAN_THO, figures, targets: loadBundledPlans(catalog).data?.targets ?? [], plans: new Map() };

function said(code: string, lang: 'vi' | 'en' = 'vi'): string[] {
  const messages = lang === 'vi' ? viMessages : enMessages;
  const slide = buildSlide(data, parseSlideCode(code) ?? { kind: 'title' });
  if (!slide) throw new Error(`no slide ${code}`);
  return talkingPoints(slide, data).map((point) => talkingPointText(point, { catalog, unit: CAN_THO, t: messages.present, lang }, messages.plans));
}

describe('talking points, in words (bundled real data)', () => {
  it('writes the PAPI headline as the gap to the mean, the gap to the target and the year-on-year change', () => {
    expect(said('headline.papi')).toEqual([
      'PAPI 2024: 40,44, thấp hơn 2,99 điểm so với trung bình các tỉnh (tính toán).',
      'Mục tiêu PAPI đến 2025: nhóm 15 dẫn đầu. Năm 2024: 59/61, còn cách 44 bậc.',
      'Từ 2023 đến 2024 (cùng phương pháp): giảm 6 bậc, tăng 0,27 điểm.',
    ]);
  });

  it('warns against comparing PAR 2024 with earlier years, and writes percentages as percentage points', () => {
    expect(said('headline.par')).toEqual(['PAR Index 2024: 89,13%, cao hơn 0,76 điểm phần trăm so với trung bình cả nước.', 'PAR Index đổi phương pháp từ 2024: không so sánh với các năm trước.']);
  });

  it('names the weakest dimensions, never a source', () => {
    const lines = said('components.papi');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^.+ \(2024\): thấp hơn trung bình các tỉnh \(tính toán\) 1,37 điểm\.$/);
    for (const code of ['title', 'headline.papi', 'trend.papi', 'ranking.papi', 'targets']) expect(said(code).join(' '), code).not.toMatch(/Nguồn|http/);
  });

  it('speaks English in the English interface', () => {
    expect(said('headline.papi', 'en')[1]).toBe('PAPI target for 2025: top 15. In 2024: 59/61, 44 places short.');
  });
});
