import { describe, expect, it } from 'vitest';
import { buildSlide } from '@/domain/slides/build-slide';
import type { DeckData } from '@/domain/slides/deck-data';
import { parseSlideCode } from '@/domain/slides/slide-code';
import { loadBundledCatalog, loadBundledIndex } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import { enMessages } from '@/i18n/all-en';
import { viMessages } from '@/i18n/all-vi';
import { driversLine, slideLabel } from './slide-text';

const catalog = loadBundledCatalog();
const data: DeckData = { catalog, unit: CAN_THO, figures: new Map([['papi', loadBundledIndex(catalog, 'papi')]]), targets: [], plans: new Map() };
const vi = { catalog, unit: CAN_THO, t: viMessages.present, lang: 'vi' as const };

describe('slideLabel: a slide in the deck list, named from its code', () => {
  it('names both years of a drivers slide comparing two years, so two such slides of one year are told apart', () => {
    expect(slideLabel('drivers.papi.2021-2024', vi)).toBe(`PAPI · ${viMessages.present.kindNames.drivers} · 2021→2024`);
    expect(slideLabel('drivers.papi.2024', vi)).toBe(`PAPI · ${viMessages.present.kindNames.drivers} · 2024`);
    expect(slideLabel('drivers.papi.2021-2024.D1', { ...vi, t: enMessages.present, lang: 'en' })).toBe(`PAPI · D1 · ${enMessages.present.kindNames.drivers} · 2021→2024`);
  });
});

describe('driversLine: the line over a drivers chart', () => {
  const line = (code: string, lang: 'vi' | 'en' = 'vi') => {
    const slide = buildSlide(data, parseSlideCode(code) ?? { kind: 'title' });
    if (slide?.kind !== 'drivers') throw new Error(`no drivers slide ${code}`);
    const up = slide.rows.filter((row) => (row.change ?? 0) > 0).length;
    return driversLine(slide, up, slide.rows.length - up, lang === 'vi' ? vi : { ...vi, t: enMessages.present, lang });
  };

  it('names what changed: the total score, or the dimension whose parts the slide shows, never the total for a dimension', () => {
    expect(line('drivers.papi.2021-2024')).toMatch(/ · Tổng điểm thay đổi [−+]\d+,\d\d$/);
    const participation = line('drivers.papi.2021-2024.D1');
    expect(participation).not.toContain('Tổng điểm');
    expect(participation).toMatch(/ · Tham gia ở cơ sở thay đổi [−+]\d+,\d\d$/);
    expect(line('drivers.papi.2021-2024.D1', 'en')).toMatch(/ · Participation changed by [−+]\d+\.\d\d$/);
  });
});
