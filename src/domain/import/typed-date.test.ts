import { describe, expect, it } from 'vitest';
import { isoFromTypedDate } from './typed-date';

describe('a date typed as Vietnamese documents write it', () => {
  it.each([
    ['02/12/2026', '2026-12-02'],
    ['2/12/2026', '2026-12-02'],
    [' 29/02/2024 ', '2024-02-29'],
    ['15-01-2026', '2026-01-15'],
    ['15.01.2026', '2026-01-15'],
  ])('reads "%s" as %s', (typed, iso) => {
    expect(isoFromTypedDate(typed)).toBe(iso);
  });

  it.each(['', '2026-12-02', '31/02/2026', '29/02/2025', '12/13/2026', '0/1/2026', '1/1/26', 'hôm nay'])('refuses "%s"', (typed) => {
    expect(isoFromTypedDate(typed)).toBeUndefined();
  });
});
