import { describe, expect, it } from 'vitest';
import { EMPTY_SOURCE, refusedSourceDate, refusedSourceUrl, typedSource, type JobSettings } from './import-settings';

const settings = (newSource: Partial<typeof EMPTY_SOURCE>): JobSettings => ({ fileName: 'f.csv', index: 'par', year: 2025, source: '', newSource: { ...EMPTY_SOURCE, ...newSource } });

describe('a source typed in the import form', () => {
  it('keeps title, publisher, the date as ISO and the address', () => {
    const source = typedSource(settings({ title: ' Báo cáo PAR 2025 ', publisher: ' Bộ Nội vụ ', date: '15/04/2026', url: 'https://example.invalid/par' }));
    expect(source).toMatchObject({ title: 'Báo cáo PAR 2025', publisher: 'Bộ Nội vụ', date: '2026-04-15', url: 'https://example.invalid/par' });
    expect(source?.id).toMatch(/^user-bao-cao-par-2025-/);
  });

  it('is no source without a title', () => {
    expect(typedSource(settings({ publisher: 'Bộ Nội vụ', date: '15/04/2026' }))).toBeUndefined();
  });

  it.each([
    ['', false],
    ['15/04/2026', false],
    ['31/02/2026', true],
    ['2026-04-15', true],
  ])('refuses the date "%s": %s', (date, refused) => {
    expect(refusedSourceDate(settings({ title: 'T', date }))).toBe(refused);
    if (refused) expect(typedSource(settings({ title: 'T', date }))?.date).toBeUndefined();
  });

  it('refuses an address that is not a web page', () => {
    expect(refusedSourceUrl(settings({ title: 'T', url: 'javascript:alert(1)' }))).toBe(true);
    expect(refusedSourceUrl(settings({ title: 'T', url: 'https://example.invalid' }))).toBe(false);
  });
});
