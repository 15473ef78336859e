import { describe, expect, it } from 'vitest';
import { loadBundledCatalog, loadBundledIndex, loadBundledPlans } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import { viMessages } from '@/i18n/all-vi';
import { enMessages } from '@/i18n/all-en';
import { creditLine } from '@/i18n/credit-line';
import { buildSlide } from '@/domain/slides/build-slide';
import type { DeckData } from '@/domain/slides/deck-data';
import { parseSlideCode } from '@/domain/slides/slide-code';
import { slideCredits } from '@/domain/slides/slide-credits';

const catalog = loadBundledCatalog();
const plans = loadBundledPlans(catalog).data;
const figures = new Map(['papi', 'par', 'sipas'].map((index) => [index, loadBundledIndex(catalog, index)]));
const data: DeckData = { catalog, unit: CAN_THO, figures, targets: plans?.targets ?? [], plans: new Map((plans?.plans ?? []).map((plan) => [plan.code, plan])) };

function line(code: string, lang: 'vi' | 'en' = 'vi'): string {
  const messages = lang === 'vi' ? viMessages : enMessages;
  const slide = buildSlide(data, parseSlideCode(code) ?? { kind: 'title' });
  if (!slide) throw new Error(`no slide ${code}`);
  return creditLine(slideCredits(slide, data), messages.present.source, lang, messages.plans);
}

describe('the short source line of a slide: the publisher of each index, from data/indices.csv', () => {
  it.each([
    ['headline.papi', 'Nguồn: PAPI 2023–2024 (CECODES, VFF-CRT, RTA, UNDP)'],
    ['ranking.papi.2024', 'Nguồn: PAPI 2024 (CECODES, VFF-CRT, RTA, UNDP)'],
    ['trend.par', 'Nguồn: PAR Index 2017–2024 (Bộ Nội vụ)'],
    ['title', 'Nguồn: PAR Index 2023–2024 (Bộ Nội vụ); SIPAS 2023–2024 (Bộ Nội vụ); PAPI 2023–2024 (CECODES, VFF-CRT, RTA, UNDP)'],
    ['targets', 'Nguồn: PAPI 2024 (CECODES, VFF-CRT, RTA, UNDP); Kế hoạch 4168/QĐ-UBND'],
  ])('%s: %s', (code, expected) => {
    expect(line(code)).toBe(expected);
  });

  it('is one line, whatever the number of news pages the figures were read from', () => {
    const slide = buildSlide(data, { kind: 'trend', index: 'par' });
    expect(slide?.sources.length).toBeGreaterThan(1);
    expect(line('trend.par')).toBe('Nguồn: PAR Index 2017–2024 (Bộ Nội vụ)');
    // PAPI's trend draws the computed mean of the provinces: the panel alone, no news page of a published mean.
    expect(buildSlide(data, { kind: 'trend', index: 'papi' })?.sources).toHaveLength(1);
    expect(line('trend.papi')).toBe('Nguồn: PAPI 2011–2024 (CECODES, VFF-CRT, RTA, UNDP)');
  });

  it('names the publisher in English in the English interface', () => {
    expect(line('headline.par', 'en')).toBe('Source: PAR Index 2023–2024 (Ministry of Home Affairs)');
  });

  // A document typed in by hand in the import form (made up, not a real source).
  const typed = { id: 'user-cong-bo-par-2024-test', title: 'Công văn gửi Sở (nhập tay)', publisher: 'UBND thành phố', note: '' };
  /** The deck after a staff import of the real 2024 PAR figures of the units `imports` picks, citing `typed`. */
  function importing(imports: (unit: string) => boolean): DeckData {
    const par = figures.get('par')!;
    const origin = { file: 'par-2024.csv', importedAt: '2026-12-03T04:00:00Z' };
    const rows2024 = (par.get(2024) ?? []).map((f) => (imports(f.unit) ? { ...f, sources: [typed.id], imported: origin } : f));
    return { ...data, catalog: { ...catalog, sources: new Map([...catalog.sources, [typed.id, typed]]) }, figures: new Map([...figures, ['par', new Map([...par, [2024, rows2024]])]]) };
  }
  const headlineLine = (deck: DeckData) => {
    const slide = buildSlide(deck, { kind: 'headline', index: 'par' });
    if (!slide) throw new Error('no PAR headline slide');
    return creditLine(slideCredits(slide, deck), viMessages.present.source, 'vi', viMessages.plans);
  };

  it('credits a year imported by staff to the source its import named, not to the index publisher', () => {
    expect(headlineLine(importing(() => true))).toBe('Nguồn: PAR Index 2023 (Bộ Nội vụ); PAR Index 2024 (UBND thành phố, Công văn gửi Sở (nhập tay))');
  });

  it('keeps the publisher of a year where staff imported only some figures: the others are still as published', () => {
    // A correction of one province: Cần Thơ's score, the national mean and the other provinces are the Ministry's.
    expect(headlineLine(importing((unit) => unit === 'P01'))).toBe('Nguồn: PAR Index 2023–2024 (Bộ Nội vụ); PAR Index 2024 (UBND thành phố, Công văn gửi Sở (nhập tay))');
  });
});
