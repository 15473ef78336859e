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
    const check = async (where: string) => {
      await openAllDetails(page);
      for (const leak of findLeaks(await visibleTexts(page), lang)) leaks.push(`${where}: ${leak.where}: ${leak.text} [${leak.words.join(' ')}]`);
    };
    for (const view of ALL_VIEWS) {
      if (view !== 'overview') await showView(page, view, '', { chart: false });
      await check(view);
    }
    // States beyond each view's first: official ranks with derived ones, the city's districts, ranks over time, two years across a change of
    // method, a slide compared with a peer group, every slide.
    for (const [view, query] of [['rankings', '&index=par'], ['rankings', '&level=district'], ['trends', '&measure=rank'], ['components', '&index=par'], ['components', '&compare=2017,2024'], ['present', '&deck=components.papi.2024.total.central-cities']] as const) {
      await showView(page, view, query, { chart: false });
      await check(`${view}${query}`);
    }
    await showView(page, 'present', '', { chart: false });
    const counter = page.getByTestId('slide-counter');
    const total = Number((await counter.innerText()).split('/')[1]);
    for (let slide = 2; slide <= total; slide++) {
      await page.keyboard.press('ArrowRight');
      await expect(counter).toHaveText(`${slide}/${total}`);
      await check(`slide ${slide}`);
    }
    expect([...new Set(leaks)]).toEqual([]);
  });
}
