import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '@/domain/testing/bundled-data';
import { CAN_THO } from '@/domain/testing/real-figures';
import { enMessages } from '@/i18n/all-en';
import { viMessages } from '@/i18n/all-vi';
import { slideLabel } from './slide-text';

const catalog = loadBundledCatalog();
const vi = { catalog, unit: CAN_THO, t: viMessages.present, lang: 'vi' as const };

describe('slideLabel: a slide in the deck list, named from its code', () => {
  it('names both years of a drivers slide comparing two years, so two such slides of one year are told apart', () => {
    expect(slideLabel('drivers.papi.2021-2024', vi)).toBe(`PAPI · ${viMessages.present.kindNames.drivers} · 2021→2024`);
    expect(slideLabel('drivers.papi.2024', vi)).toBe(`PAPI · ${viMessages.present.kindNames.drivers} · 2024`);
    expect(slideLabel('drivers.papi.2021-2024.D1', { ...vi, t: enMessages.present, lang: 'en' })).toBe(`PAPI · D1 · ${enMessages.present.kindNames.drivers} · 2021→2024`);
  });
});
