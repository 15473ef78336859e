import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixture';
import { openView } from './view-pages';

const PAPI_2024 = '&index=papi&year=2024';
const PHONE = { width: 390, height: 844 };

const table = (page: Page) => page.getByRole('table', { name: 'Bảng xếp hạng PAPI năm 2024' });
const bars = (page: Page) => page.getByRole('figure', { name: 'PAPI 2024: tổng điểm các tỉnh' }).locator('.bar-chart g.ranking-dot');
const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not drawn');
  return found;
};

test.describe('Xếp hạng on a phone (390×844)', () => {
  test.use({ viewport: PHONE });

  test('opens on Cần Thơ’s position, then its neighbours, then all 63 provinces on demand', async ({ page }) => {
    await openView(page, 'rankings', PAPI_2024);

    await test.step('59/61 sits in the top half of the first screen', async () => {
      const rank = page.locator('.focus-number').first();
      await expect(rank).toHaveText('59/61');
      const { y, height } = await box(rank);
      expect(y + height).toBeLessThanOrEqual(PHONE.height / 2);
    });

    await test.step('the chart and the table hold Cần Thơ and its neighbours, ranks 55–61', async () => {
      await expect(page.getByText('Cần Thơ và các tỉnh liền kề: 7/63 tỉnh.')).toBeVisible();
      await expect(table(page).locator('tbody tr')).toHaveCount(7);
      await expect(table(page).locator('tbody tr td:first-child')).toHaveText(['55/61', '56/61', '57/61', '58/61', '59/61', '60/61', '61/61']);
      await expect(table(page).locator('tbody tr.highlight-row th')).toHaveText('Cần Thơ');
      await expect(bars(page)).toHaveCount(7);
    });

    await test.step('the "as shown" CSV holds the rows shown: the header and Cần Thơ with its six neighbours', async () => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất CSV (như đang hiển thị)' }).click()]);
      // The table, then a blank line and the sources.
      const table = readFileSync(await file.path(), 'utf8').split(/\r?\n\r?\n/)[0]?.split(/\r?\n/) ?? [];
      expect(table.slice(1).map((line) => line.split(';').slice(0, 3).join(' '))).toEqual([
        '55 61 Quảng Nam', '56 61 Phú Yên', '57 61 Trà Vinh', '58 61 Đắk Nông', '59 61 Cần Thơ', '60 61 Kon Tum', '61 61 Kiên Giang',
      ]);
    });

    await test.step('"Xem cả 63 tỉnh" shows every province, and the way back', async () => {
      await page.getByRole('button', { name: 'Xem cả 63 tỉnh' }).click();
      await expect(table(page).locator('tbody tr')).toHaveCount(63);
      await expect(bars(page)).toHaveCount(61);
      await expect(table(page).locator('tbody tr').first().locator('td').first()).toHaveText('1/61');
      await page.getByRole('button', { name: 'Chỉ xem Cần Thơ và lân cận' }).click();
      await expect(table(page).locator('tbody tr')).toHaveCount(7);
    });
  });

  test('every control is a touch target of at least 44 px; the rank and the name stay put while the table scrolls sideways', async ({ page }) => {
    await openView(page, 'rankings', PAPI_2024);
    await expect(table(page).locator('tbody tr')).toHaveCount(7);

    await test.step('buttons, selects, summaries and radio labels are at least 44 px high; sort buttons 44 px wide too', async () => {
      const targets = page.locator('.rankings').locator('button, select, summary, label:has(input[type="radio"])');
      const sizes = await targets.evaluateAll((elements) =>
        elements.filter((e) => e.checkVisibility()).map((e) => ({ what: `${e.tagName} ${e.textContent?.trim().slice(0, 30)}`, ...e.getBoundingClientRect().toJSON() })),
      );
      expect(sizes.length).toBeGreaterThan(10);
      expect(sizes.filter((s) => s.height < 44).map((s) => `${s.what}: ${s.height}`)).toEqual([]);
      const sorts = await table(page).locator('.sort-button').evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().width));
      expect(sorts.length).toBeGreaterThanOrEqual(5);
      expect(sorts.filter((width) => width < 44)).toEqual([]);
    });

    await test.step('scrolled sideways, the rank and the name of Cần Thơ’s row keep their place; the score moves under them', async () => {
      const row = table(page).locator('tr.highlight-row');
      const cells = { rank: row.locator('td').first(), name: row.locator('th'), score: row.locator('td').nth(1) };
      const before = { rank: await box(cells.rank), name: await box(cells.name), score: await box(cells.score) };
      const region = page.getByRole('region', { name: 'Bảng xếp hạng PAPI năm 2024' });
      const scrolled = await region.evaluate((element) => {
        element.scrollLeft = 200;
        return element.scrollLeft;
      });
      expect(scrolled).toBeGreaterThan(50);
      await expect.poll(async () => (await box(cells.score)).x).toBeLessThan(before.score.x - 50);
      expect((await box(cells.rank)).x).toBeCloseTo(before.rank.x, 0);
      expect((await box(cells.name)).x).toBeCloseTo(before.name.x, 0);
      // The name is not drawn over the rank.
      expect((await box(cells.name)).x).toBeGreaterThanOrEqual(before.rank.x + before.rank.width - 1);
    });
  });

  test('the navigation strip shows that it scrolls: the current view in sight, the hidden ends faded', async ({ page }) => {
    await openView(page, 'rankings', PAPI_2024);
    const frame = page.locator('.app-nav-frame');
    const nav = page.getByRole('navigation', { name: /./ }).first();
    const current = nav.getByRole('link', { name: 'Xếp hạng' });
    await expect(current).toHaveAttribute('aria-current', 'page');
    const strip = await box(nav);
    const link = await box(current);
    expect(link.x).toBeGreaterThanOrEqual(strip.x);
    expect(link.x + link.width).toBeLessThanOrEqual(strip.x + strip.width);
    // Scrolled to the current view: links hidden at both ends, and both ends say so.
    await expect(frame).toHaveAttribute('data-hidden-start', 'true');
    await expect(frame).toHaveAttribute('data-hidden-end', 'true');
    await nav.evaluate((element) => (element.scrollLeft = element.scrollWidth));
    await expect(frame).not.toHaveAttribute('data-hidden-end');
    await expect(frame).toHaveAttribute('data-hidden-start', 'true');
  });
});

test('on a laptop (1366×768) the rankings show every province at once and the navigation has nothing to fade', async ({ page }) => {
  await openView(page, 'rankings', PAPI_2024);
  await expect(table(page).locator('tbody tr')).toHaveCount(63);
  await expect(bars(page)).toHaveCount(61);
  await expect(page.getByRole('button', { name: /Xem cả/ })).toHaveCount(0);
  await expect(page.locator('.app-nav-frame')).not.toHaveAttribute('data-hidden-end');
  await expect(page.locator('.app-nav-frame')).not.toHaveAttribute('data-hidden-start');
});
