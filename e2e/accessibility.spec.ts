import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { fileInput, importFixture } from './import-helpers';
import { ALL_VIEWS, expectViewLoaded, openAllDetails, openView, showView, type ViewName } from './view-pages';

// WCAG 2.1 AA, and axe's best practices (unique landmarks among them).
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** Fails with one readable line per rule: what is wrong and on which elements. */
async function expectNoAxeViolations(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(RULES).analyze();
  const lines = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(lines, `axe-core violations (WCAG 2.1 AA, best practices) in ${state}`).toEqual([]);
}

interface FocusStop {
  label: string;
  region: 'skip' | 'header' | 'nav' | 'main' | 'footer' | 'other';
  /** An outline or a shadow is drawn on it (or, for a visually hidden input, on its box). */
  ringVisible: boolean;
  inViewport: boolean;
  /** A link, a form control, a summary, or an element given a tabindex on purpose (not, say, a chart's inner <g>). */
  control: boolean;
}

/**
 * Presses Tab from the top of the page until focus leaves the page, recording each stop, then lists the
 * visible controls that Tab never reached (a radio group counts once: arrows move inside it).
 */
async function tabThroughPage(page: Page, limit = 400): Promise<{ stops: FocusStop[]; unreached: string[] }> {
  await page.evaluate(() => {
    (window as unknown as { qaReached: Element[] }).qaReached = [];
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  const stops: FocusStop[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((): FocusStop | null => {
      const el = document.activeElement;
      const reached = (window as unknown as { qaReached: Element[] }).qaReached;
      if (!el || el === document.body || reached.includes(el)) return null;
      reached.push(el);
      const ring = (e: Element) => {
        const s = getComputedStyle(e);
        return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
      };
      const box = el.getBoundingClientRect();
      const hiddenInput = box.width <= 2 || box.height <= 2;
      const ancestors = [el.parentElement, el.parentElement?.parentElement].filter((a): a is HTMLElement => !!a);
      const region = el.classList.contains('skip-link') ? 'skip' : el.closest('header') ? 'header' : el.closest('nav.app-nav') ? 'nav' : el.closest('main') ? 'main' : el.closest('footer') ? 'footer' : 'other';
      const name = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 50);
      return {
        label: `${el.tagName.toLowerCase()} "${name}"`,
        region,
        ringVisible: el.matches(':focus-visible') && (ring(el) || (hiddenInput && ancestors.some(ring))),
        inViewport: box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
        control: el.matches('a[href], button, select, textarea, input, summary, [tabindex]'),
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  const unreached = await page.evaluate(() => {
    const reached = (window as unknown as { qaReached: Element[] }).qaReached;
    const reachedRadios = new Set(reached.filter((e) => e instanceof HTMLInputElement && e.type === 'radio').map((e) => (e as HTMLInputElement).name));
    const candidates = document.querySelectorAll<HTMLElement>('a[href], button, select, textarea, input, summary, [tabindex]');
    return [...candidates]
      .filter((e) => e.tabIndex >= 0 && !e.matches(':disabled') && e.checkVisibility({ visibilityProperty: true }) && e.getClientRects().length > 0)
      .filter((e) => !reached.includes(e) && !(e instanceof HTMLInputElement && e.type === 'radio' && reachedRadios.has(e.name)))
      .map((e) => `${e.tagName.toLowerCase()} "${e.getAttribute('aria-label') ?? (e.textContent ?? '').trim().slice(0, 50)}"`);
  });
  return { stops, unreached };
}

async function expectKeyboardReachable(page: Page) {
  const { stops, unreached } = await tabThroughPage(page);
  expect(stops.length, 'Tab reaches some controls').toBeGreaterThan(0);
  expect(unreached, 'visible controls that Tab never reaches').toEqual([]);
  expect(stops.filter((s) => !s.control).map((s) => s.label), 'Tab stops that are not controls').toEqual([]);
  expect(stops.filter((s) => !s.ringVisible).map((s) => s.label), 'controls focused without a visible focus ring').toEqual([]);
  expect(stops.filter((s) => !s.inViewport).map((s) => s.label), 'controls focused out of sight').toEqual([]);
  return stops;
}

/** Every chart has its table: inside its figure, or named by the figure's aria-details. */
async function expectChartsHaveTables(page: Page, state: string) {
  const missing = await page.locator('figure:has(.recharts-surface), figure:has(.spark-line-surface)').evaluateAll((figures) =>
    figures
      .filter((f) => {
        const details = f.getAttribute('aria-details');
        return !f.querySelector('table') && !(details && document.getElementById(details)?.matches('table, :has(table)'));
      })
      .map((f) => f.getAttribute('aria-label') ?? f.querySelector('figcaption')?.textContent ?? '?'),
  );
  expect(missing, `charts without a table in ${state}`).toEqual([]);
}

/** Further states of a view that axe checks too, after its first screen. */
const MORE_STATES: Partial<Record<ViewName, readonly string[]>> = {
  trends: ['&measure=rank&units=P59,P60'],
  rankings: ['&level=district&index=ct-par'],
  plans: ['&plan=kh-153-2022', '&agency=snv'],
};

test.describe('accessibility (axe-core, WCAG 2.1 AA; keyboard)', () => {
  for (const view of ALL_VIEWS) {
    test(`${view}: no axe violations with its tables open; every control reachable by Tab with a visible focus; charts have tables`, async ({ page }) => {
      test.slow(); // a Tab through the whole page, then axe on each state
      await openView(page, view);
      await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
      await expectKeyboardReachable(page);
      await openAllDetails(page);
      await expectChartsHaveTables(page, view);
      await expectNoAxeViolations(page, `${view} (vi)`);
      for (const query of MORE_STATES[view] ?? []) {
        await showView(page, view, query);
        await openAllDetails(page);
        await expectNoAxeViolations(page, `${view}${query}`);
      }
    });
  }

  test('English: page language, and no axe violations on the overview and rankings views', async ({ page }) => {
    test.slow();
    await openView(page, 'overview');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Can Tho');
    await openAllDetails(page);
    await expectNoAxeViolations(page, 'overview (en)');
    await showView(page, 'rankings');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await openAllDetails(page);
    await expectNoAxeViolations(page, 'rankings (en)');
  });

  test('the import steps (settings, column mapping, preview) have no axe violations', async ({ page }) => {
    test.slow();
    await openView(page, 'data');
    await fileInput(page).setInputFiles(importFixture('par-2024-excel.csv'));
    const job = page.getByRole('article', { name: 'par-2024-excel.csv' });
    await expect(job.getByLabel('Dòng tiêu đề')).toHaveValue('1');
    await expectNoAxeViolations(page, 'data: import settings and mapping');
    await job.getByLabel('Nguồn của số liệu').selectOption({ index: 1 });
    const rankOf = job.getByLabel('Số đơn vị được xếp hạng (khi không có cột)');
    await rankOf.fill('63');
    await rankOf.blur();
    await expect(job.getByTestId('diff-counts')).toBeVisible();
    await expectNoAxeViolations(page, 'data: import preview');
  });

  test('keyboard: skip link, header, navigation, then the view; language and views switch by keyboard', async ({ page }) => {
    test.slow();
    await openView(page, 'overview');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

    // Tab order follows the page: skip link, language switch, the 8 views of the navigation, then the view itself.
    const { stops } = await tabThroughPage(page, 15);
    expect(stops.map((s) => s.region)).toEqual(['skip', 'header', 'header', ...Array<string>(8).fill('nav'), 'main', 'main', 'main', 'main']);
    expect(stops.slice(0, 3).map((s) => s.label)).toEqual(['a "Chuyển đến nội dung chính"', 'button "Tiếng Việt"', 'button "English"']);
    expect(stops.filter((s) => !s.ringVisible || !s.inViewport).map((s) => s.label), 'focused out of sight or without a ring').toEqual([]);

    // The skip link (shown when focused: checked above) moves focus to the main content.
    await page.getByRole('link', { name: 'Chuyển đến nội dung chính' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);

    // The language switch works with Enter and Space, and sets the page language.
    await page.getByRole('button', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Overview: Can Tho');
    await page.getByRole('button', { name: 'Tiếng Việt' }).focus();
    await page.keyboard.press('Space');
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

    // A view opens from the navigation by keyboard, and its controls work by keyboard.
    await page.getByRole('navigation').getByRole('link', { name: 'Xu hướng' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/view=trends/);
    await expectViewLoaded(page, 'trends');
    await page.getByRole('radio', { name: 'Điểm' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: 'Thứ hạng' })).toBeChecked();
    await expect(page).toHaveURL(/measure=rank/);
  });
});
