import { expect, test } from './fixture';
import { findLeaks, visibleTexts } from './language-check';
import { ALL_VIEWS, openAllDetails, showView, expectViewLoaded } from './view-pages';

for (const lang of ['vi', 'en'] as const) {
  test(`${lang === 'vi' ? 'the Vietnamese interface has no English words' : 'the English interface has no Vietnamese words'} in any view`, async ({ page }) => {
    test.setTimeout(240_000);
    if (lang === 'en') await page.addInitScript(() => localStorage.setItem('ct-par-prefs', JSON.stringify({ state: { lang: 'en' }, version: 0 })));
    await page.goto('/');
    await expectViewLoaded(page, 'overview');
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    const leaks: string[] = [];
    for (const view of ALL_VIEWS) {
      if (view !== 'overview') await showView(page, view, '', { chart: false });
      await openAllDetails(page);
      for (const leak of findLeaks(await visibleTexts(page), lang)) leaks.push(`${view}: ${leak.where}: ${leak.text} [${leak.words.join(' ')}]`);
    }
    expect([...new Set(leaks)]).toEqual([]);
  });
}
