import type { Page } from '@playwright/test';
import { expect, test } from './fixture';
import { ALL_VIEWS, openAllDetails, openView, showView, type ViewName } from './view-pages';

const SCREENS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'full HD', width: 1920, height: 1080 },
] as const;

/** How far the page scrolls sideways, and where each drawn chart sits. */
function measure(page: Page) {
  return page.evaluate(() => {
    const root = document.documentElement;
    const charts = [...document.querySelectorAll('.recharts-surface')]
      .filter((svg) => svg.checkVisibility())
      .map((svg) => {
        const box = svg.getBoundingClientRect();
        return { width: Math.round(box.width), left: Math.round(box.left), right: Math.round(box.right) };
      });
    return { sideways: root.scrollWidth - root.clientWidth, pageWidth: root.clientWidth, charts };
  });
}

/** A chart is readable when it is at least 280 px wide (or the width of a phone's content) and not cut off. */
function unreadableCharts(layout: Awaited<ReturnType<typeof measure>>) {
  const minimum = Math.min(280, layout.pageWidth - 80);
  return layout.charts.filter((c) => c.width < minimum || c.left < 0 || c.right > layout.pageWidth + 1);
}

test.describe('responsive: phone 390×844, laptop 1366×768, full HD 1920×1080', () => {
  // Two loaded pages, each showing four views one after another by client-side navigation.
  const halves: [ViewName, ViewName[]][] = [
    ['overview', ['overview', 'trends', 'rankings', 'components']],
    ['plans', ['plans', 'data', 'present', 'profile']],
  ];
  test('the two halves hold every view', () => expect(halves.flatMap(([, views]) => views).sort()).toEqual([...ALL_VIEWS].sort()));
  for (const [first, views] of halves) {
    test(`${views.join(', ')}: no sideways scrolling of the page, charts readable, on every screen`, async ({ page }) => {
      test.slow(); // three layouts of four whole views
      await page.setViewportSize(SCREENS[0]);
      await openView(page, first);
      for (const view of views) {
        await test.step(view, async () => {
          await page.setViewportSize(SCREENS[0]);
          await showView(page, view);
          // Open tables count too: a wide table scrolls in its own box, never the page.
          await openAllDetails(page);
          for (const screen of SCREENS) {
            await page.setViewportSize(screen);
            await expect.poll(async () => (await measure(page)).sideways, `${view}: sideways scroll (px) on ${screen.name}`).toBeLessThanOrEqual(0);
            await expect.poll(async () => unreadableCharts(await measure(page)), `${view}: charts squeezed or cut off on ${screen.name}`).toEqual([]);
          }
        });
      }
    });
  }
});

test('on a phone the trends view opens on its chart, its controls below it', async ({ page }) => {
  await page.setViewportSize(SCREENS[0]);
  await openView(page, 'trends');
  const chart = page.locator('main figure.chart-figure');
  const controls = page.locator('main .view-grid > aside');
  const [chartBox, controlsBox] = [await chart.boundingBox(), await controls.boundingBox()];
  expect(chartBox && controlsBox && chartBox.y < controlsBox.y).toBe(true);
  expect(chartBox?.y ?? Infinity).toBeLessThan(SCREENS[0].height);
});

test('on a phone the trend and rank-over-time charts give their plot most of the width: no axis title beside it, the caption says it', async ({ page }) => {
  await page.setViewportSize(SCREENS[0]);
  for (const [url, figure] of [
    ['/?view=trends&index=papi&measure=rank', 'main figure.chart-figure'],
    ['/?view=rankings&index=papi&year=2024', 'main figure.bump-figure'],
  ] as const) {
    await page.goto(url);
    // The rank-over-time chart is drawn once scrolled near.
    await page.locator(figure).scrollIntoViewIfNeeded();
    const chart = page.locator(figure).locator('svg.recharts-surface').first();
    await expect(chart).toBeVisible();
    await expect(chart.locator('.recharts-label')).toHaveCount(0);
    const [plot, surface] = [await chart.locator('.recharts-cartesian-grid').boundingBox(), await chart.boundingBox()];
    expect((plot?.width ?? 0) / (surface?.width ?? 1), url).toBeGreaterThan(0.45);
  }
});
